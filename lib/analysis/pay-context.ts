import { GROSS_NET_WORDS } from './pay-units';
import { sentenceAround } from './text-scan';

/*
 * The words around an amount that say what it is: an estimate, a claim about top earners, money the
 * worker would pay rather than earn, or pay with no unit given.
 */

// "approx. $11 per hour", "about $13/hr", "~$15/hr", "the equivalent of $12 an hour", "est. $10/hr".
export const ESTIMATE_BEFORE =
  /(?:\b(?:approx(?:imately|\.)?|about|around|roughly|estimated|est\.|equivalent (?:of|to)|works? out (?:at|to))|~)\s{0,2}$/;
// "$20/hr, rising to $24": a raise the text promises, which makes the first amount a range's floor.
// Read in accent-free lowercase ("zwiększenia do" is "zwiekszenia do").
export const RAISE_BEFORE =
  /\b(?:increas\w{0,5}|rising|rises|raised|grow\w{0,4}|go(?:es|ing)? up|zwieksz\w{0,6}|podwyz\w{0,6}|steig\w{0,5}|erhoh\w{0,4}|aument\w{0,4})\b(?: \w+){0,2} (?:to|do|auf|a|hasta|ate)\s{0,2}$/;
export const GROSS_NET = new RegExp(`(?<![a-z])(?:${GROSS_NET_WORDS})(?![a-z])`, 'i');

export const CLAIM_BEFORE =
  /\b(?:up to|hasta|bis zu|as much as|as high as|top (?:earners?|performers?|contributors?|taskers?|experts?|annotators?|raters?|writers?)|highest[- ]earning|best (?:earners|performers)|(?:earn|make|made|making)\w{0,3} (?:over|more than)|have earned|has earned|earned as much|potential(?:ly)? (?:to )?earn(?:ings)?|could (?:earn|make)|some (?:\w+ ){0,2}(?:earn|make))\b[^\d\n]{0,40}$/;
export const CLAIM_AFTER =
  /^[^.\n$€£₹\d]{0,30}\b(?:for top|top (?:earners|performers|contributors)|or more|max(?:imum)?\b)/;
// Money the worker would pay or that is not a rate at all.
export const NOT_PAY_BEFORE =
  /\b(?:fee|fees|deposit|pay us|purchase|buy|costs?|priced at|price of|charge[ds]?|kit|upgrade|invest\w*|check (?:for|of)|cheque|refundable|send (?:us|back)|unlock|activation|recharge|top[- ]up|threshold|minimum (?:payout|withdrawal|balance)|withdraw\w*|balance of|funding|raised|revenue|valued|pool of|prize pool)\b[^\n]{0,30}$/;
export const NOT_PAY_AFTER =
  /^\s?(?:\w+ ){0,2}(?:fee|fees|deposit|registration|starter|kit|upgrade|check|cheque|threshold|in funding|funding|revenue|payout minimum|minimum payout)\b/;

// Words that make an amount without a unit pay all the same: "income ranging from £100 - £300",
// "newcomers get Rp 30,000", "up to $5.34 extra bonus", "200 zł brutto premii".
const PAY_WORDS_BEFORE =
  /\b(?:paid|pay(?:ment|out)?|earn\w{0,3}|income|salary|wages?|reward|bonus|commission|receive|get paid|ganh\w{1,4}|gan\w{1,4}|recib\w{1,4}|mendapat(?:kan)?|dapat(?:kan)?|gaji|wynagrodzeni\w{1,2}|premi\w{1,2}|dodat\w{1,3})\b[^\n.;:!?]{0,32}$/;
const PAY_WORDS_AFTER =
  /^\s?(?:\+\s?)?(?:\w+ ){0,2}(?:bonus|reward|commission|premii|premia|dodatku|dodatek)\b|^[^\n.;]{0,16}\bas (?:your |a )?(?:pay|payment|salary|wage)\b/;

/** The amount, with no unit, is named as pay by the words around it. */
export function isCalledPay(lower: string, start: number, end: number): boolean {
  const [from] = sentenceAround(lower, start, end, 80);
  return (
    PAY_WORDS_BEFORE.test(lower.slice(Math.max(from, start - 48), start)) ||
    PAY_WORDS_AFTER.test(lower.slice(end, end + 40))
  );
}
