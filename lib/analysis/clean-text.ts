import { foldLookAlike, isFoldedScript } from './look-alikes';

/**
 * The text a listing is judged on, undone of the disguises scam posters use to slip past
 * keyword checks: invisible characters inside words, full-width and other compatibility forms,
 * letters borrowed from other alphabets, accents, runs of spaces and broken lines, letters
 * spaced apart ("t e l e g r a m") and digits posing as letters ("b1tcoin").
 *
 * `map[i]` is the index in the original text of `clean[i]`, with one more entry for the end, so
 * evidence found in the clean text points at what the page shows.
 */
export interface CleanedText {
  clean: string;
  map: Int32Array | null;
  /** Words that mix Latin letters with look-alikes from another alphabet, as [start, end) in `clean`. */
  mixedScript: [number, number][];
}

const MAX_MIXED = 5;
const MAX_WORD = 64;

// Zero-width and format characters, soft hyphen, variation selectors and the like: dropped.
const INVISIBLE_RANGES: readonly [number, number][] = [
  [0xad, 0xad],
  [0x34f, 0x34f],
  [0x61c, 0x61c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xe0000, 0xe007f],
];
const isInvisible = (code: number) => INVISIBLE_RANGES.some(([from, to]) => code >= from && code <= to);
const SPACE = /^[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]$/;
const COMBINING = /^[\u0300-\u036f]+$/;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
// Digit → the letter it mimics inside a word (0 when it mimics none).
const LEET = new Uint8Array(58);
for (const [digit, letter] of ['0o', '1i', '3e', '4a', '5s', '7t'])
  LEET[digit.charCodeAt(0)] = letter.charCodeAt(0);

/** What a non-ASCII character stands for ('' for nothing), and whether it is a borrowed letter. */
interface StandIn {
  text: string;
  /** A letter of an alphabet whose look-alikes are folded (Cyrillic, Greek…). */
  foreign: boolean;
  /** Any letter: part of a word even when it stands for no Latin letter. */
  letter: boolean;
}
const LETTER = /^\p{L}/u;
const standIns = new Map<number, StandIn>();
function standInOf(code: number): StandIn {
  let known = standIns.get(code);
  if (!known) {
    const ch = String.fromCodePoint(code);
    known = { text: standIn(ch), foreign: isFoldedScript(ch), letter: LETTER.test(ch) };
    // Bounded: a text cycling through every code point must not grow the cache without end.
    if (standIns.size < 8192) standIns.set(code, known);
  }
  return known;
}

/**
 * The Latin letter a look-alike imitates. Unicode's data reads a capital "І" or "Ι" as "l", which
 * it resembles in some fonts; as a capital it stands for "I" ("VІР" is "VIP").
 */
function foldLatin(ch: string): string | undefined {
  const latin = foldLookAlike(ch);
  return latin === 'l' && ch !== ch.toLowerCase() ? 'I' : latin;
}

function standIn(ch: string): string {
  let out: string;
  if (isInvisible(ch.codePointAt(0) ?? 0)) out = '';
  else if (SPACE.test(ch)) out = ch === '\n' || ch === '\u2028' || ch === '\u2029' ? '\n' : ' ';
  else {
    const decomposed = ch.normalize('NFKD');
    // A letter with accents is the letter: "fée" and "fee", "salário" and "salario" match alike.
    const base = decomposed.length > 1 && COMBINING.test(decomposed.slice(1)) ? decomposed[0] : '';
    if (base && isAsciiLetter(base.charCodeAt(0))) out = base;
    else if (base && foldLookAlike(base)) out = foldLatin(base) ?? base;
    else {
      const compat = ch.normalize('NFKC');
      out = compat.length === 1 || compat === ch ? (foldLatin(compat) ?? compat) : compat;
    }
  }
  return out;
}

/** Code units of the text being built, each with the index in the original it came from. */
class Builder {
  codes: Uint16Array;
  from: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.from = new Int32Array(capacity);
  }
  pushCode(code: number, at: number) {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.from[this.length++] = at;
  }
  push(s: string, at: number) {
    for (let k = 0; k < s.length; k++) this.pushCode(s.charCodeAt(k), at);
  }
  private grow() {
    const codes = new Uint16Array(this.codes.length * 2 + 16);
    codes.set(this.codes);
    const from = new Int32Array(codes.length);
    from.set(this.from);
    this.codes = codes;
    this.from = from;
  }
}

const SPACE_CODE = 32;
const NEWLINE = 10;

/** First pass: character by character, with runs of spaces and blank lines collapsed. */
function standInPass(original: string, mixed: [number, number][]): Builder {
  const out = new Builder(original.length + 16);
  let wordStart = -1;
  let wordLatin = false;
  let wordForeign = false;
  let latinLetters = 0;
  let foreignLetters = 0;
  // Letters of another alphabet with no Latin look-alike ("б", "λ"): a real Cyrillic or Greek text
  // is full of them, a Latin one disguised with look-alikes has none, however many it borrows.
  let plainForeignLetters = 0;
  // Look-alikes folded in the current word, as [index in out, original code unit]: a word with no
  // Latin letter at all is a word of its own alphabet ("брутто"), and gets its letters back.
  // Only real words' letters are kept (a run of 64 letters is no word).
  const folded: number[] = [];
  let wordLetters = 0;
  // Words made only of look-alikes ("рау" for "pay") stay folded in a Latin text, where they are a
  // disguise; whether the text is Latin is known only at its end, so they wait here until then.
  const lookAlikeWords: number[] = [];
  const endWord = () => {
    if (wordStart >= 0 && wordLatin && wordForeign && mixed.length < MAX_MIXED && out.length - wordStart >= 3)
      mixed.push([wordStart, out.length]);
    if (folded.length) {
      if (!wordLatin && folded.length <= MAX_WORD * 2) {
        const wait = folded.length === wordLetters * 2 ? lookAlikeWords : null;
        for (let k = 0; k < folded.length; k += 2)
          if (wait) wait.push(folded[k], folded[k + 1]);
          else out.codes[folded[k]] = folded[k + 1];
      }
      folded.length = 0;
    }
    wordStart = -1;
    wordLatin = wordForeign = false;
    wordLetters = 0;
  };
  const pushSpace = (code: number, at: number) => {
    endWord();
    const n = out.length;
    const last = n ? out.codes[n - 1] : NEWLINE;
    if (last === SPACE_CODE && code === NEWLINE) {
      out.codes[n - 1] = NEWLINE;
      out.from[n - 1] = at;
    } else if (last !== SPACE_CODE && last !== NEWLINE) out.pushCode(code, at);
    else if (last === NEWLINE && code === NEWLINE && out.codes[n - 2] !== NEWLINE) out.pushCode(code, at);
  };
  for (let i = 0; i < original.length;) {
    const code = original.codePointAt(i) ?? 0;
    const at = i;
    i += code > 0xffff ? 2 : 1;
    if (code === SPACE_CODE || code === NEWLINE) {
      pushSpace(code, at);
      continue;
    }
    if (code > 32 && code < 127) {
      if (isAsciiLetter(code) || isDigit(code)) {
        if (wordStart < 0) wordStart = out.length;
        wordLatin = true;
        latinLetters++;
      } else endWord();
      out.pushCode(code, at);
      continue;
    }
    const { text: s, foreign, letter } = standInOf(code);
    if (s === '') continue;
    if (s === ' ' || s === '\n') {
      pushSpace(s.charCodeAt(0), at);
      continue;
    }
    if (letter || isAsciiLetter(s.charCodeAt(0))) {
      if (wordStart < 0) wordStart = out.length;
      wordLetters++;
      if (foreign) {
        wordForeign = true;
        foreignLetters++;
        const looksLatin = s.length === 1 && code <= 0xffff && s.charCodeAt(0) !== code;
        if (!looksLatin) plainForeignLetters++;
        if (looksLatin && folded.length <= MAX_WORD * 2) folded.push(out.length, code);
      } else if (isAsciiLetter(s.charCodeAt(0)) && !letter) wordLatin = true;
    } else endWord();
    out.push(s, at);
  }
  endWord();
  // In a Cyrillic or Greek text a Latin letter typed for a look-alike ("премiї") is a keyboard
  // habit, not a disguise: only words in a mostly Latin text count.
  if (foreignLetters * 4 > latinLetters && plainForeignLetters * 10 >= foreignLetters) {
    mixed.length = 0;
    for (let k = 0; k < lookAlikeWords.length; k += 2) out.codes[lookAlikeWords[k]] = lookAlikeWords[k + 1];
  }
  return out;
}

const isLetterCode = (b: Builder, i: number) => i >= 0 && i < b.length && isAsciiLetter(b.codes[i]);
const isWordCode = (b: Builder, i: number) =>
  i >= 0 && i < b.length && (isAsciiLetter(b.codes[i]) || isDigit(b.codes[i]));
const isLower = (c: number) => c >= 97 && c <= 122;
const SEPARATORS = new Set([SPACE_CODE, 46, 45]); // space, dot, hyphen

/** A run of at least four single letters split by one separator ("t e l e g r a m"): its end, or -1. */
function spacedRunEnd(b: Builder, i: number): number {
  if (!isLetterCode(b, i) || isWordCode(b, i + 1)) return -1;
  const sep = b.codes[i + 1];
  if (!SEPARATORS.has(sep)) return -1;
  let letters = 1;
  let k = i;
  while (b.codes[k + 1] === sep && isLetterCode(b, k + 2) && !isWordCode(b, k + 3)) {
    k += 2;
    letters++;
  }
  return letters >= 4 ? k + 1 : -1;
}

/**
 * A digit inside a word that reads as a letter: next to a letter and not part of a number
 * ("d3posit", "b1tcoin"; not "Rs1,000", "USD1500").
 */
function mimicsLetter(b: Builder, k: number, end: number): boolean {
  const next = k + 1 < end ? b.codes[k + 1] : k + 1 < b.length ? b.codes[k + 1] : 0;
  if (isDigit(next) || isDigit(b.codes[k - 1])) return false;
  if ((next === 44 || next === 46) && k + 2 < b.length && isDigit(b.codes[k + 2])) return false;
  return isAsciiLetter(b.codes[k - 1]) || (k + 1 < end && isAsciiLetter(next));
}

/**
 * A run of two to four digits between letters of one word, each mimicking a letter
 * ("r3g15tr4t10n", "f33s"): its end, or -1. Numbers stay numbers: a run at the end of a word
 * ("USD150") or of digits that mimic nothing ("mp3s", "x86") is left alone.
 */
function leetRunEnd(b: Builder, k: number, end: number): number {
  let r = k;
  while (r < end && r - k <= 4 && isDigit(b.codes[r]) && LEET[b.codes[r]] > 0) r++;
  return r - k >= 2 && r - k <= 4 && r < end && isAsciiLetter(b.codes[r]) ? r : -1;
}

// Words a line cannot end on: after them a line break is the middle of a sentence ("pay the\nFee").
const OPEN_WORDS = new Set(
  'a an the your our my their to of on in at via by for with from and or into through using'.split(' '),
);

/**
 * A line break inside a sentence: before a lowercase word ("registration\nfee", "$800\na day"),
 * before a number that belongs to the word before it ("VIP\n2"), or after a word no line ends on
 * ("on\nTelegram").
 */
function isMidSentenceBreak(b: Builder, i: number): boolean {
  const before = i > 0 ? b.codes[i - 1] : 0;
  const after = i + 1 < b.length ? b.codes[i + 1] : 0;
  // "…earn $800\na day": a lowercase word goes on the sentence a number or a comma left open.
  if ((isLower(before) || before === 44 || isDigit(before)) && isLower(after)) return true;
  if (!isAsciiLetter(before)) return false;
  if (isDigit(after)) return true;
  if (!isAsciiLetter(after) || !isLower(before)) return false;
  let from = i - 1;
  while (from > 0 && i - from < 8 && isLower(b.codes[from - 1])) from--;
  if (from > 0 && isAsciiLetter(b.codes[from - 1])) return false;
  return OPEN_WORDS.has(String.fromCharCode(...b.codes.subarray(from, i)));
}

/**
 * Second pass: a line break inside a sentence becomes a space, letters spaced or dotted apart
 * are joined, and digits inside words are read as the letters they mimic ("d3posit", not "10am").
 */
function repairWords(b: Builder): Builder {
  const out = new Builder(b.length + 1);
  const n = b.length;
  for (let i = 0; i < n;) {
    const c = b.codes[i];
    if (c === NEWLINE) {
      out.pushCode(isMidSentenceBreak(b, i) ? SPACE_CODE : NEWLINE, b.from[i]);
      i++;
      continue;
    }
    if (!isWordCode(b, i) || isWordCode(b, i - 1)) {
      out.pushCode(c, b.from[i]);
      i++;
      continue;
    }
    const runEnd = spacedRunEnd(b, i);
    if (runEnd > 0) {
      for (let k = i; k < runEnd; k++) if (isLetterCode(b, k)) out.pushCode(b.codes[k], b.from[k]);
      i = runEnd;
      continue;
    }
    // A whole word: letters and digits.
    let end = i;
    let letters = 0;
    while (end < n && isWordCode(b, end)) {
      if (isAsciiLetter(b.codes[end])) letters++;
      end++;
    }
    const leet = letters >= 2 && isAsciiLetter(c);
    for (let k = i; k < end; k++) {
      const code = b.codes[k];
      const run = leet && isDigit(code) && isAsciiLetter(b.codes[k - 1]) ? leetRunEnd(b, k, end) : -1;
      if (run > 0) {
        for (; k < run; k++) out.pushCode(LEET[b.codes[k]], b.from[k]);
        k--;
        continue;
      }
      const letter = leet && code < 58 ? LEET[code] : 0;
      out.pushCode(letter > 0 && mimicsLetter(b, k, end) ? letter : code, b.from[k]);
    }
    i = end;
  }
  return out;
}

// Plain text with none of the disguises above skips both passes.
const NEEDS_WORK = /[^\n -~]|[ \n]{2}|[a-z0-9,]\n[a-z0-9]|[a-z][013457]|\b[a-z][ .-][a-z][ .-][a-z]\b/i;

export function cleanText(original: string): CleanedText {
  if (!NEEDS_WORK.test(original)) return { clean: original, map: null, mixedScript: [] };
  const mixedScript: [number, number][] = [];
  const first = standInPass(original, mixedScript);
  // Mixed-script spans are found in the first pass; the second only joins and replaces, so keep
  // the spans by mapping them through the original offsets.
  const spans = mixedScript.map(([s, e]) => [first.from[s], first.from[e - 1]] as const);
  const second = repairWords(first);
  const clean = codesToString(second.codes.subarray(0, second.length));
  const map = new Int32Array(second.length + 1);
  map.set(second.from.subarray(0, second.length));
  map[second.length] = original.length;
  return { clean, map, mixedScript: spans.map(([s, e]) => spanIn(map, s, e)) };
}

/** The clean-text span covering original offsets [from, to]. */
function spanIn(map: Int32Array, from: number, to: number): [number, number] {
  let start = 0;
  while (start < map.length - 1 && map[start] < from) start++;
  let end = start;
  while (end < map.length - 1 && map[end] <= to) end++;
  return [start, end];
}

const decoder = new TextDecoder('utf-16le');
function codesToString(codes: Uint16Array): string {
  return decoder.decode(codes);
}
