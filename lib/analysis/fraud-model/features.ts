import { bucketOf } from './hash';
import { structuralFeatures } from './structural';
import { tokenize, type Tokens } from './tokens';

export type PhraseField = 'title' | 'text';
const FIELDS: readonly PhraseField[] = ['title', 'text'];

/** A listing as the model sees it: distinct hashed n-gram buckets plus structural cues. */
export interface FraudFeatures {
  /** Distinct buckets of the title's words and the text's words and word pairs, first seen first. */
  buckets: Int32Array;
  /** Where each bucket was first seen (same order): field (0 title, 1 text) and span. */
  spanField: Uint8Array;
  spanStart: Int32Array;
  spanEnd: Int32Array;
  /** Value of every present bucket: 1/√(distinct buckets), so long ads and short messages weigh alike. */
  value: number;
  /** STRUCTURAL_FEATURES values. */
  structural: Float64Array;
}

/** Where feature `i` of `f` was first seen. */
export function spanOf(f: FraudFeatures, i: number): { field: PhraseField; start: number; end: number } {
  return { field: FIELDS[f.spanField[i]], start: f.spanStart[i], end: f.spanEnd[i] };
}

// Namespaces keep a title word, a text word and a word pair from sharing a bucket by design.
const TITLE_WORD = 0x7469746c;
const TEXT_WORD = 0x776f7264;
const WORD_PAIR = 0x70616972;

/** FNV-1a over the four bytes of `x`, continuing from `h`. */
function feedInt(h: number, x: number): number {
  h = Math.imul(h ^ (x & 0xff), 0x01000193);
  h = Math.imul(h ^ ((x >>> 8) & 0xff), 0x01000193);
  h = Math.imul(h ^ ((x >>> 16) & 0xff), 0x01000193);
  h = Math.imul(h ^ (x >>> 24), 0x01000193);
  return h >>> 0;
}

const TITLE_SEED = feedInt(0x811c9dc5, TITLE_WORD);
const TEXT_SEED = feedInt(0x811c9dc5, TEXT_WORD);
const PAIR_SEED = feedInt(0x811c9dc5, WORD_PAIR);

/** Word pairs only join words with at most three spaces or punctuation marks between them. */
function adjacent(text: string, end: number, nextStart: number): boolean {
  if (nextStart - end > 3) return false;
  for (let i = end; i < nextStart; i++) {
    const c = text.charCodeAt(i);
    // A sentence end or a line break starts a new thought.
    if (c === 10 || c === 13 || c === 46 || c === 33 || c === 63) return false;
  }
  return true;
}

/**
 * Which buckets the current extraction has seen: a stamp per bucket instead of a Set, so no
 * clearing or hashing per call. Reused between calls (extraction is synchronous).
 */
let stamps = new Int32Array(0);
let stamp = 0;

/** Extracts the model's features in one pass over each field (linear time). */
export function extractFeatures(title: string, text: string, buckets: number): FraudFeatures {
  if (stamps.length !== buckets || stamp === 0x7fffffff) {
    stamps = new Int32Array(buckets);
    stamp = 0;
  }
  const current = ++stamp;
  const titleTokens = tokenize(title);
  const textTokens = tokenize(text);
  const most = titleTokens.count + 2 * textTokens.count;
  const order = new Int32Array(most);
  const spanField = new Uint8Array(most);
  const spanStart = new Int32Array(most);
  const spanEnd = new Int32Array(most);
  let n = 0;
  const add = (key: number, field: number, start: number, end: number) => {
    const b = bucketOf(key, buckets);
    if (stamps[b] === current) return;
    stamps[b] = current;
    order[n] = b;
    spanField[n] = field;
    spanStart[n] = start;
    spanEnd[n] = end;
    n++;
  };
  const addWords = (t: Tokens, field: number, seed: number, pairs: boolean) => {
    for (let i = 0; i < t.count; i++) {
      add(feedInt(seed, t.hash[i]), field, t.start[i], t.end[i]);
      if (pairs && i > 0 && adjacent(text, t.end[i - 1], t.start[i])) {
        add(feedInt(feedInt(PAIR_SEED, t.hash[i - 1]), t.hash[i]), field, t.start[i - 1], t.end[i]);
      }
    }
  };
  addWords(titleTokens, 0, TITLE_SEED, false);
  addWords(textTokens, 1, TEXT_SEED, true);
  return {
    buckets: order.subarray(0, n),
    spanField: spanField.subarray(0, n),
    spanStart: spanStart.subarray(0, n),
    spanEnd: spanEnd.subarray(0, n),
    value: n ? 1 / Math.sqrt(n) : 0,
    structural: structuralFeatures([title, text], [titleTokens, textTokens]),
  };
}
