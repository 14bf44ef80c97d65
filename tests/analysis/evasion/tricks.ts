/**
 * Disguises scam posters use to slip a listing past keyword checks, as pure functions. Each
 * rewrites only the words that matter, the spans a flag found in the plain text, or adds a
 * warning or a safety promise around the demands.
 */

/** [start, end) in the text being disguised. */
export type Span = readonly [number, number];

export interface Trick {
  name: string;
  apply(text: string, spans: readonly Span[]): string;
  /** Red flags the disguise itself rightly earns (letters from another alphabet inside words). */
  earns?: readonly string[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Rewrites every word that overlaps one of the spans, last first so offsets stay valid. */
function rewriteWords(text: string, spans: readonly Span[], rewrite: (word: string) => string): string {
  const words: [number, number][] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (spans.some(([s, e]) => start < e && end > s)) words.push([start, end]);
  }
  let out = text;
  for (const [start, end] of words.reverse())
    out = out.slice(0, start) + rewrite(out.slice(start, end)) + out.slice(end);
  return out;
}

/** Rewrites each span as a whole (after merging overlaps), last first. */
function rewriteSpans(text: string, spans: readonly Span[], rewrite: (part: string) => string): string {
  const merged: [number, number][] = [];
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  let out = text;
  for (const [start, end] of merged.reverse())
    out = out.slice(0, start) + rewrite(out.slice(start, end)) + out.slice(end);
  return out;
}

const mapLetters = (table: Record<string, string>) => (word: string) =>
  [...word].map((ch) => table[ch] ?? ch).join('');

// Cyrillic letters drawn like Latin ones.
const CYRILLIC: Record<string, string> = {
  a: '\u0430',
  e: '\u0435',
  o: '\u043e',
  p: '\u0440',
  c: '\u0441',
  x: '\u0445',
  y: '\u0443',
  i: '\u0456',
  A: '\u0410',
  E: '\u0415',
  O: '\u041e',
  P: '\u0420',
  C: '\u0421',
  X: '\u0425',
  Y: '\u0423',
  I: '\u0406',
  S: '\u0405',
};

const fullWidth = (word: string) =>
  [...word]
    .map((ch) => (/[A-Za-z0-9]/.test(ch) ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch))
    .join('');

/** The character between every two letters of a word. */
const between = (invisible: string) => (word: string) => [...word].join(invisible);

// Digits for letters inside a word, leaving its first and last letters so it still reads as one.
const LEET: Record<string, string> = { e: '3', a: '4', o: '0', i: '1', s: '5' };
const leet = (word: string) =>
  word.length < 3 ? word : word[0] + mapLetters(LEET)(word.slice(1, -1)) + word[word.length - 1];

// A word of four letters or more with no one-letter word beside it: "a f e e" reads as "afee"
// as well as "a fee", so a word beside "a" is passed over.
const SPACEABLE =
  /(?<![\p{L}\p{N}]|(?:^|[^\p{L}\p{N}])\p{L} )\p{L}{4,}(?![\p{L}\p{N}]| \p{L}(?:[^\p{L}\p{N}]|$))/gu;

/** In each span, the longest word that can be spaced out with its letters spaced apart. */
function spaceLongestWords(text: string, spans: readonly Span[]): string {
  const chosen = new Map<number, string>();
  for (const [s, e] of spans) {
    let longest: RegExpExecArray | null = null;
    for (const m of text.matchAll(SPACEABLE))
      if (m.index < e && m.index + m[0].length > s && (!longest || m[0].length > longest[0].length))
        longest = m;
    if (longest) chosen.set(longest.index, longest[0]);
  }
  let out = text;
  for (const [at, word] of [...chosen].sort((x, y) => y[0] - x[0]))
    out = out.slice(0, at) + [...word].join(' ') + out.slice(at + word.length);
  return out;
}

/** A line break where the middle space of the phrase was. */
function breakLine(part: string): string {
  const spaces = [...part.matchAll(/ /g)].map((m) => m.index);
  if (!spaces.length) return part;
  const at = spaces[Math.floor(spaces.length / 2)];
  return `${part.slice(0, at)}\n${part.slice(at + 1)}`;
}

/** Every sentence opened with the same warning, as if the listing were a notice about fraud. */
const everySentence = (opening: string) => (text: string) =>
  opening + text.replace(/([.!?]) +(?=\S)/g, `$1 ${opening}`);

export const SAFETY_FOOTER =
  'We will never ask you to pay a fee, buy equipment, send money in crypto, or share your bank details over chat.';

export const TRICKS: readonly Trick[] = [
  {
    name: 'Cyrillic look-alike letters',
    apply: (t, s) => rewriteWords(t, s, mapLetters(CYRILLIC)),
    earns: ['mixed_script_words'],
  },
  { name: 'full-width letters', apply: (t, s) => rewriteWords(t, s, fullWidth) },
  { name: 'zero-width spaces', apply: (t, s) => rewriteWords(t, s, between('\u200b')) },
  { name: 'word joiners', apply: (t, s) => rewriteWords(t, s, between('\u2060')) },
  { name: 'soft hyphens', apply: (t, s) => rewriteWords(t, s, between('\u00ad')) },
  { name: 'no-break spaces', apply: (t, s) => rewriteSpans(t, s, (p) => p.replace(/ /g, '\u00a0')) },
  { name: 'a line break mid-phrase', apply: (t, s) => rewriteSpans(t, s, breakLine) },
  { name: 'spaced letters', apply: spaceLongestWords },
  { name: 'leetspeak', apply: (t, s) => rewriteWords(t, s, leet) },
  { name: '"Beware of fraud" before every sentence', apply: everySentence('Beware of fraud: ') },
  {
    name: '"Official fraud prevention" before every sentence',
    apply: everySentence('Official fraud prevention: '),
  },
  { name: 'a safety footer', apply: (t) => `${t}\n\n${SAFETY_FOOTER}` },
];
