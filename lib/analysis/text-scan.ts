import type { Evidence } from './types';
import type { Rule } from './rule';

/**
 * One analysed field. Rules match `lower` (or `clean` where case matters); evidence offsets are
 * mapped back to `original` by `evidenceAt`, so highlights land on what the page shows.
 */
export interface ScanText {
  field: Evidence['field'];
  original: string;
  /** The text as judged: normalised against disguises, case kept. */
  clean: string;
  /** `clean` lowercased, same length. */
  lower: string;
  /** Index in `clean` → index in `original`, one longer than `clean`; null when they are the same. */
  map: Int32Array | null;
}

/**
 * Lowercases without changing length, so offsets found in the lowercase copy are valid in the
 * original. A few characters (e.g. "İ") lowercase to two code units; those are kept as they are.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const low = ch.toLowerCase();
    out += low.length === 1 ? low : ch;
  }
  return out;
}

export function scanText(field: Evidence['field'], original: string): ScanText {
  return { field, original, clean: original, lower: lowerSameLength(original), map: null };
}

/** Evidence for `clean[start, end)`, pointing into the original text. */
export function evidenceAt(doc: ScanText, start: number, end: number): Evidence {
  const from = doc.map ? doc.map[start] : start;
  const to = doc.map ? doc.map[end] : end;
  return { field: doc.field, start: from, end: to, snippet: doc.original.slice(from, to) };
}

const SENTENCE_REACH = 240;

// . ! ? newline ;
const isSentenceEnd = (code: number) =>
  code === 46 || code === 33 || code === 63 || code === 10 || code === 59;

/** Bounds of the sentence around [start, end), looking at most `reach` characters each way. */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  reach = SENTENCE_REACH,
): [number, number] {
  let from = start;
  const floor = Math.max(0, start - reach);
  while (from > floor && !isSentenceEnd(text.charCodeAt(from - 1))) from--;
  let to = end;
  const ceiling = Math.min(text.length, end + reach);
  while (to < ceiling && !isSentenceEnd(text.charCodeAt(to))) to++;
  return [from, to];
}

// "no" only negates what closely follows it ("no upfront fee"); stronger words reach further
// ("we will never ask you to pay for training").
const NEAR_NEGATION = /\b(?:no|zero|free of)\s[^\n]{0,14}$/;
const FAR_NEGATION =
  /\b(?:never|not|don['’]t|doesn['’]t|won['’]t|cannot|can['’]t|without|nor|neither|avoid|beware|refuse|free from)\b/;
// A genuine listing's scam warning ("anyone asking for a fee is a scam") names the red flags it warns about.
const WARNING_SENTENCE =
  /\b(?:scam(?:s|mers?)?|fraud\w*|phishing|impersonat\w*|fake (?:recruiters?|offers?))\b/;
const REASSURANCE = /\bnot a scam\b|\b100% legit/;

/** True when a hit sits in a negated clause or inside a sentence warning about scams. */
export function isNegated(lower: string, start: number, end: number): boolean {
  const [from, to] = sentenceAround(lower, start, end);
  const before = lower.slice(Math.max(from, start - 60), start);
  if (NEAR_NEGATION.test(before.slice(-20)) || FAR_NEGATION.test(before)) return true;
  const sentence = lower.slice(from, to);
  return WARNING_SENTENCE.test(sentence) && !REASSURANCE.test(sentence);
}

export interface CompiledRule<R extends Rule = Rule> {
  rule: R;
  regex: RegExp;
}

/** Joins a rule's patterns into one global regex so the text is walked once per rule. */
export function compileRule<R extends Rule>(rule: R): CompiledRule<R> {
  const source = rule.patterns.map((p) => `(?:${p.source})`).join('|');
  return { rule, regex: new RegExp(source, 'g') };
}

export const MAX_EVIDENCE_PER_RULE = 3;
/** Matches looked at per rule and field; bounds the negation checks on repetitive junk. */
const MAX_MATCHES_EXAMINED = 60;

/** Hits of one rule in one field, up to MAX_EVIDENCE_PER_RULE. */
export function findHits(compiled: CompiledRule, doc: ScanText): Evidence[] {
  const { rule, regex } = compiled;
  if (rule.field && rule.field !== doc.field) return [];
  const hits: Evidence[] = [];
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  let examined = 0;
  while (examined++ < MAX_MATCHES_EXAMINED && (m = regex.exec(doc.lower)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (end === start) {
      regex.lastIndex++;
      continue;
    }
    if (!(rule.negatable && isNegated(doc.lower, start, end))) {
      hits.push(evidenceAt(doc, start, end));
      if (hits.length >= MAX_EVIDENCE_PER_RULE) break;
    }
  }
  return hits;
}
