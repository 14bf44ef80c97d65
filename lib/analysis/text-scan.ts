import { cleanText } from './clean-text';
import type { Negation } from './flags/flag';
import { isDeniedDemand, isNearNegated } from './negation';
import { indexWords, type WordIndex } from './word-gate';
import { PatternSet } from './pattern-set';

export { sentenceAround } from './negation';
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
  /** Words mixing Latin letters with look-alikes from other alphabets, as [start, end) in `clean`. */
  mixedScript: readonly [number, number][];
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
  const { clean, map, mixedScript } = cleanText(original);
  return { field, original, clean, lower: lowerSameLength(clean), map, mixedScript };
}

/** Evidence for `clean[start, end)`, pointing into the original text. */
export function evidenceAt(doc: ScanText, start: number, end: number): Evidence {
  const from = doc.map ? doc.map[start] : start;
  const to = doc.map ? doc.map[end] : end;
  return { field: doc.field, start: from, end: to, snippet: doc.original.slice(from, to) };
}

export interface CompiledRule<R extends Rule = Rule> {
  rule: R;
  patterns: PatternSet;
}

/** Readies a rule's patterns to be joined into one global regex, so a text is walked once per rule. */
export function compileRule<R extends Rule>(rule: R): CompiledRule<R> {
  return { rule, patterns: new PatternSet(rule.patterns) };
}

export const MAX_EVIDENCE_PER_RULE = 3;
/**
 * Matches whose negation is checked per rule and field; bounds that work on repetitive junk. Past
 * it every match counts, so sixty denials cannot hide the demand that follows them.
 */
const MAX_MATCHES_EXAMINED = 60;

export interface Hits {
  hits: Evidence[];
  /** Hits dropped because their own clause denies them ("we never ask for a fee"). */
  denied: Evidence[];
}

/** Hits of one rule in one field, up to MAX_EVIDENCE_PER_RULE. */
export function findHits(compiled: CompiledRule, doc: ScanText): Evidence[] {
  return scanHits(compiled.patterns, doc, compiled.rule.negatable ? 'near' : undefined, compiled.rule.field)
    .hits;
}

const wordIndexes = new WeakMap<ScanText, WordIndex>();

/** The field's word index for the pattern gate, made on first use. */
function wordsOf(doc: ScanText): WordIndex {
  let words = wordIndexes.get(doc);
  if (!words) wordIndexes.set(doc, (words = indexWords(doc.lower)));
  return words;
}

/**
 * Hits of a set's patterns in one field, read with the given negation, up to MAX_EVIDENCE_PER_RULE.
 */
export function scanHits(
  patterns: PatternSet,
  doc: ScanText,
  negation?: Negation,
  field?: Evidence['field'],
): Hits {
  const result: Hits = { hits: [], denied: [] };
  if (field && field !== doc.field) return result;
  // Most patterns cannot match most listings: skip those whose required words are absent.
  const regex = patterns.regexFor(wordsOf(doc));
  if (!regex) return result;
  const { hits, denied } = result;
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  let examined = 0;
  while ((m = regex.exec(doc.lower)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (end === start) {
      regex.lastIndex++;
      continue;
    }
    const checked = examined++ < MAX_MATCHES_EXAMINED;
    const negated =
      checked &&
      (negation === 'demand'
        ? isDeniedDemand(doc.lower, start, end)
        : negation === 'near' && isNearNegated(doc.lower, start));
    if (negated) {
      if (denied.length < MAX_EVIDENCE_PER_RULE) denied.push(evidenceAt(doc, start, end));
      continue;
    }
    hits.push(evidenceAt(doc, start, end));
    if (hits.length >= MAX_EVIDENCE_PER_RULE) break;
  }
  return result;
}
