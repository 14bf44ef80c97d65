import { FNV_OFFSET, fnvFeed } from './hash';

/**
 * The words of a string, as parallel arrays (no object per word, so 1 MB of text stays cheap):
 * word i spans [start[i], end[i]) of the scanned string; hash[i] is the FNV-1a hash of its
 * normalised form; allCaps[i] is 1 for a word of two or more letters with none lowercase.
 */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  hash: Uint32Array;
  allCaps: Uint8Array;
}

// Letters, marks and digits outside ASCII are rare in listings: one Unicode test per such character.
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const DIGIT_RUN = /\p{N}/gu;
/** Mixed letter-digit runs this long are identifiers and hashes (e.g. redacted links), not words. */
const MAX_MIXED_LENGTH = 12;

function isWordCode(code: number, text: string, i: number): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(text[i]);
}

const REDACTED = new Set(['url', 'email', 'phone'].map((w) => fnvFeed(FNV_OFFSET, w)));

const isApostrophe = (code: number) => code === 39 || code === 0x2019;

function grow(t: Tokens): void {
  const size = t.start.length * 2;
  const copy = <A extends Int32Array | Uint32Array | Uint8Array>(a: A, make: new (n: number) => A): A => {
    const b = new make(size);
    b.set(a);
    return b;
  };
  t.start = copy(t.start, Int32Array);
  t.end = copy(t.end, Int32Array);
  t.hash = copy(t.hash, Uint32Array);
  t.allCaps = copy(t.allCaps, Uint8Array);
}

/**
 * Splits `text` into words in one pass (linear in its length, no backtracking): runs of letters,
 * marks and digits, with inner apostrophes kept ("don't"). Words are lowercased and digits folded
 * to 0 (so "$25" and "$40" agree); ASCII words are hashed as they are read, others are
 * NFKC-normalised first so look-alike forms (full-width letters, ligatures) hash the same.
 */
export function tokenize(text: string): Tokens {
  const n = text.length;
  const capacity = Math.max(16, Math.min(n >> 2, 4096));
  const t: Tokens = {
    count: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    hash: new Uint32Array(capacity),
    allCaps: new Uint8Array(capacity),
  };
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (!isWordCode(code, text, i)) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    let letters = 0;
    let lower = 0;
    let digits = 0;
    let h = FNV_OFFSET;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (isApostrophe(c)) {
        // Inside a word only: "don't" is one word, a closing quote is not part of one.
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (!isWordCode(next, text, i + 1) || (next >= 48 && next <= 57)) break;
        c = 39;
      } else if (c >= 97 && c <= 122) {
        letters++;
        lower++;
      } else if (c >= 65 && c <= 90) {
        letters++;
        c |= 0x20;
      } else if (c >= 48 && c <= 57) {
        digits++;
        c = 48;
      } else if (c >= 128 && WORD_CHAR.test(text[i])) ascii = false;
      else break;
      h ^= c;
      h = Math.imul(h, 0x01000193);
      i++;
    }
    const end = i;
    if (!ascii) {
      const raw = text.slice(start, end);
      const norm = raw
        .normalize('NFKC')
        .toLowerCase()
        .replace(DIGIT_RUN, '0')
        .replace(/\u2019/g, "'");
      h = fnvFeed(FNV_OFFSET, norm);
      letters = norm.length;
      lower = raw === raw.toUpperCase() ? 0 : 1;
    }
    if (digits && letters && end - start > MAX_MIXED_LENGTH) continue;
    // "#URL_…#", "#EMAIL_…#", "#PHONE_…#": redacted contacts count as contacts (see structural.ts);
    // reading "url" as a word would teach the model a quirk of redacted data that pages never show.
    if (
      start > 0 &&
      text.charCodeAt(start - 1) === 35 &&
      text.charCodeAt(end) === 95 &&
      REDACTED.has(h >>> 0)
    ) {
      continue;
    }
    if (t.count === t.start.length) grow(t);
    const k = t.count++;
    t.start[k] = start;
    t.end[k] = end;
    t.hash[k] = h >>> 0;
    t.allCaps[k] = letters >= 2 && lower === 0 ? 1 : 0;
  }
  return t;
}

/** The hash `tokenize` gives a plain lowercase ASCII word; for word lists. */
export const wordHash = (word: string): number => fnvFeed(FNV_OFFSET, word);
