/**
 * When a hit is denied by its own words. Scam posters put "Beware of fraud:" or a safety footer
 * beside their demands, so a warning elsewhere in the sentence never cancels a hit: only a
 * negation that governs the hit's own clause does.
 */

const SENTENCE_REACH = 240;

// . ! ? newline ; : — a colon too, so "Beware of fraud: pay the fee" keeps its demand.
const isClauseEnd = (code: number) =>
  code === 46 || code === 33 || code === 63 || code === 10 || code === 59 || code === 58;

/** Bounds of the sentence around [start, end), looking at most `reach` characters each way. */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  reach = SENTENCE_REACH,
): [number, number] {
  let from = start;
  const floor = Math.max(0, start - reach);
  while (from > floor && !isClauseEnd(text.charCodeAt(from - 1))) from--;
  let to = end;
  const ceiling = Math.min(text.length, end + reach);
  while (to < ceiling && !isClauseEnd(text.charCodeAt(to))) to++;
  return [from, to];
}

// "no" only reaches what closely follows it, within its phrase ("no upfront fee"; not "no
// experience needed, pay the fee", nor Portuguese "no mesmo dia, 900 reais").
const NEAR_NEGATION =
  /\b(?:no|zero|free of|free from|without|never|not|don['’]t|doesn['’]t|won['’]t|cannot|can['’]t|nor)\s[^\n,;]{0,14}$/;
const NEGATOR =
  /\b(?:never|not|don['’]t|doesn['’]t|won['’]t|cannot|can['’]t|without|nor|neither|no one|nobody|no)\b/g;
// What a safety promise denies doing: asking, charging, taking, using… ("we will never ask you to pay").
const DENIED_ACT =
  /^(?:\s|\w{1,12}\s){0,4}(?:ask|asks|asked|charge|charges|charged|request|require|collect|take|need|pay|paying|send|sending|share|buy|buying|purchase|deposit|contact|message|use|provide|give|involve|fee|fees|payment|money|cost|be asked|be required|be charged)\b/;
// Words that end a negation's reach inside a sentence: "we never charge fees, but the $49 kit…".
const SCOPE_BREAK =
  /\b(?:but|however|except|instead|only|just|although|though|yet|unless|apart from|other than|until)\b|[!?–—]/;
// An amount beside a demand is a demand: "never miss out, pay the $49 fee".
const AMOUNT_NEAR =
  /(?:[$€£₹¥₦]|\b(?:usd|usdt|eur|gbp|inr|rs\.?|ksh|kes|php|ngn|btc)\b) ?\d|\d ?(?:[$€£₹]|\b(?:usd|usdt|dollars?|euros?|pounds?|rupees?|naira|shillings?)\b)/;
const MAX_SCOPE = 200;
// A demand put in a third party's mouth describes scammers: "anyone asking for gift cards is a scammer".
const SCAMMERS_ASK =
  /\b(?:anyone|anybody|someone|somebody|scammers?|fraudsters?|criminals|impostors?|imposters?|individuals|third parties|fake recruiters?)\b (?:\w{1,15} ){0,3}(?:ask\w{0,3}|request\w{0,3}|demand\w{0,3}|offer\w{0,3}|contact\w{0,3}|requir\w{1,4}|us(?:e|es|ing)|pos(?:e|es|ing))\b/g;

/** True when a word like "no", "never" or "without" stands right before the hit. */
export function isNearNegated(lower: string, start: number): boolean {
  const [from] = sentenceAround(lower, start, start);
  return NEAR_NEGATION.test(lower.slice(Math.max(from, start - 30), start));
}

/**
 * True when the hit sits inside a promise not to make this demand: a negation governing a verb
 * of asking or paying earlier in the same clause, nothing in between that ends its reach, and no
 * amount beside the hit.
 */
export function isDeniedDemand(lower: string, start: number, end: number): boolean {
  const [from, to] = sentenceAround(lower, start, end);
  if (AMOUNT_NEAR.test(lower.slice(Math.max(from, start - 12), Math.min(to, end + 12)))) return false;
  if (isNearNegated(lower, start)) return true;
  const prefixStart = Math.max(from, start - MAX_SCOPE);
  const prefix = lower.slice(prefixStart, start);
  if (lastBefore(SCAMMERS_ASK, prefix, (after) => !SCOPE_BREAK.test(after))) return true;
  return lastBefore(NEGATOR, prefix, (after) => DENIED_ACT.test(after) && !SCOPE_BREAK.test(after));
}

/** Whether the last match of `pattern` in `prefix` passes `governs`, given the text after it. */
function lastBefore(pattern: RegExp, prefix: string, governs: (after: string) => boolean): boolean {
  pattern.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  let seen = 0;
  while (seen++ < 40 && (m = pattern.exec(prefix)) !== null) last = m;
  return last !== null && governs(prefix.slice(last.index + last[0].length));
}
