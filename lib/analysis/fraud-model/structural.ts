import { wordHash, type Tokens } from './tokens';

/**
 * Cues the EMSCAD authors found to separate fraudulent ads and that survive in plain text, each
 * scaled to about 0–1 so one learning rate and one L2 penalty suit them all.
 */
export const STRUCTURAL_FEATURES = [
  'salaryMentioned',
  'emailAddresses',
  'phoneNumbers',
  'messengerApps',
  'links',
  'logLength',
  'allCapsShare',
  'moneyWords',
  'currencyAmounts',
  'exclamations',
  'urgencyWords',
  'firstPerson',
] as const;
export type StructuralFeature = (typeof STRUCTURAL_FEATURES)[number];

// Every pattern starts on a fixed character or bounded run, so each is linear in the text's length.
// Redacted forms like "#EMAIL_3f9a…#" (how EMSCAD and some boards hide contacts) count as contacts.
const EMAIL = /[\w.%+-]@[\p{L}\p{N}-]{1,63}\.\p{L}{2,24}|#EMAIL_[0-9a-f]{8,64}#/giu;
const LINK = /\bhttps?:\/\/|\bwww\.|#URL_[0-9a-f]{8,64}#/gi;
const PHONE = /(?:\+|\b)\d[\d ().-]{7,16}\d\b|#PHONE_[0-9a-f]{8,64}#/g;
const MESSENGER =
  /\b(?:whats ?app|telegram|skype|signal (?:app|messenger)|wechat|viber|kik messenger|google hangouts?)\b/gi;
const CURRENCY = /[$€£¥₹₦]\s?\d|\b\d[\d,.]{0,12} ?(?:usd|eur|gbp|dollars?|euros?|pounds)\b/gi;
const SALARY =
  /\b(?:salary|salaries|wages?|compensation|pay rate|hourly rate)\b|[$€£]\s?\d[\d,.]{0,12}\s?k?\s?(?:\/|per |an? )\s?(?:h|hr|hour|day|week|wk|month|mo|year|yr|annum)\b/i;

const hashSet = (words: string) => new Set(words.split(' ').map(wordHash));
const MONEY_WORDS = hashSet(
  'money cash earn earns earning earnings income profit profits paid payment payments payout bonus bonuses commission wealth rich dollars deposit bank cheque check wire transfer bitcoin crypto usdt reward rewards',
);
const URGENCY_WORDS = hashSet(
  'urgent urgently immediately immediate asap hurry now today quick quickly fast instantly instant limited deadline promptly soon tonight',
);
const FIRST_PERSON = hashSet("i me my mine i'm i've i'll myself");

function count(pattern: RegExp, text: string, test?: (match: string) => boolean): number {
  pattern.lastIndex = 0;
  let n = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (!test || test(m[0])) n++;
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return n;
}

const digitCount = (s: string) => {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) n++;
  return n;
};
// Dates, amounts and ranges also match the phone pattern; real numbers have at least nine digits.
const looksLikePhone = (s: string) => s.startsWith('#') || digitCount(s) >= 9;

const upTo = (x: number, cap: number) => Math.min(x, cap) / cap;

/** The structural cues of `texts` (title and body), in STRUCTURAL_FEATURES order. */
export function structuralFeatures(texts: string[], tokens: Tokens[]): Float64Array {
  let words = 0;
  let caps = 0;
  let money = 0;
  let urgency = 0;
  let firstPerson = 0;
  for (const t of tokens) {
    words += t.count;
    for (let i = 0; i < t.count; i++) {
      caps += t.allCaps[i];
      const h = t.hash[i];
      if (MONEY_WORDS.has(h)) money++;
      else if (URGENCY_WORDS.has(h)) urgency++;
      else if (FIRST_PERSON.has(h)) firstPerson++;
    }
  }
  let chars = 0;
  let emails = 0;
  let links = 0;
  let phones = 0;
  let messengers = 0;
  let amounts = 0;
  let exclamations = 0;
  let salary = 0;
  for (const text of texts) {
    chars += text.length;
    emails += count(EMAIL, text);
    links += count(LINK, text);
    phones += count(PHONE, text, looksLikePhone);
    messengers += count(MESSENGER, text);
    amounts += count(CURRENCY, text);
    for (let i = text.indexOf('!'); i >= 0; i = text.indexOf('!', i + 1)) exclamations++;
    if (!salary && SALARY.test(text)) salary = 1;
  }
  const per = (n: number, scale: number) => Math.min(1, (n / Math.max(words, 20)) * scale);
  const values: Record<StructuralFeature, number> = {
    salaryMentioned: salary,
    emailAddresses: upTo(emails, 3),
    phoneNumbers: upTo(phones, 3),
    messengerApps: upTo(messengers, 3),
    links: upTo(links, 5),
    // ln(20 000) ≈ 9.9: a long ad scores about 0.85, a text message about 0.5.
    logLength: Math.min(1.5, Math.log1p(chars) / Math.log(20_000)),
    allCapsShare: per(caps, 3),
    moneyWords: per(money, 25),
    currencyAmounts: upTo(amounts, 5),
    exclamations: upTo(exclamations, 5),
    urgencyWords: per(urgency, 50),
    firstPerson: per(firstPerson, 20),
  };
  return Float64Array.from(STRUCTURAL_FEATURES, (name) => values[name]);
}
