/**
 * Adversarial inputs: for every flag that matches patterns, and for each step of undoing
 * disguises, 1 MB of text aimed at it (its own examples repeated with junk between, and
 * near-misses that make a regular expression work: runs of a pattern's opening words, long
 * words of digits and letters, single letters spaced apart, Cyrillic runs, piles of negations).
 * Each is analysed a few times; every run must finish in under 100 ms.
 *
 * Times are CPU time of this process on one core (wall-clock medians alongside), printed with
 * the load average because a busy machine still inflates them.
 */
import { loadavg } from 'node:os';
import { analyzeListing } from '../lib/analysis/analyze';
import { ALL_FLAGS } from '../lib/analysis/flags/all-flags';
import { isPatternMatch, type FlagExample } from '../lib/analysis/flags/flag';
import { timeCpu } from './cpu-timing';

const SIZE = 1_000_000;
const RUNS = 5;
const LIMIT_MS = 100;
// A case this many times slower than the median case has a cause worth finding.
const SLOW_FACTOR = 3;

/** `parts` repeated in turn until the text is `SIZE` characters long. */
function fill(parts: readonly string[]): string {
  const chunks: string[] = [];
  let length = 0;
  for (let i = 0; length < SIZE; i++) {
    const part = parts[i % parts.length];
    chunks.push(part);
    length += part.length;
  }
  return chunks.join('').slice(0, SIZE);
}

const textOf = (example: FlagExample) => (typeof example === 'string' ? example : example.text);

/** The literal words of a pattern, in order ("registration", "fee"…), for near-misses. */
function literalWords(source: string): string[] {
  const words = source
    .replace(/\\[a-z]/gi, ' ')
    .replace(/\(\?<?[=!:]/g, ' ')
    .match(/[a-z]{3,}/g);
  return words ?? [];
}

/**
 * Text aimed at one flag: its examples with junk between, each pattern's opening words repeated
 * without the word that would complete it, and its examples with the last letter cut off.
 */
function aimedAt(patterns: readonly RegExp[], examples: readonly string[]): string {
  const junk = ' qzx 7a8b9c, -- ;; ';
  const parts: string[] = [];
  for (const example of examples) parts.push(example, junk, `${example.slice(0, -2)} `, junk);
  for (const pattern of patterns) {
    const words = literalWords(pattern.source);
    if (!words.length) continue;
    const opening = words.slice(0, Math.max(1, words.length - 1));
    parts.push(
      `${opening.join(' ')} `.repeat(20),
      junk,
      `${words[0]} `.repeat(50),
      `${words[0]}`.repeat(30),
      junk,
    );
  }
  return fill(parts.length ? parts : [junk]);
}

interface Case {
  name: string;
  text: string;
}

const flagCases: Case[] = ALL_FLAGS.flatMap((flag) =>
  isPatternMatch(flag.match)
    ? [{ name: flag.id, text: aimedAt(flag.match.patterns, flag.examples.positive.map(textOf)) }]
    : [],
);

const cyrillic = 'аеорсхуі';
const cleaningCases: Case[] = [
  {
    name: 'cleaning: digits for letters in long words',
    text: fill(['r3g15tr4t10n', 'a1b2c3d4e5f7'.repeat(40), ' f33 ', '4x4x4x4'.repeat(30), ' ']),
  },
  { name: 'cleaning: one 1 MB word of digits and letters', text: fill(['a1e3o0s5i1t7']) },
  {
    name: 'cleaning: single letters spaced apart',
    text: fill(['a b c d e f g h i j k l m n o p q r s t u v w x y z ', 'p.a.y.t.h.e.f.e.e ', 'x-']),
  },
  { name: 'cleaning: a long Cyrillic run', text: fill([cyrillic.repeat(500)]) },
  {
    name: 'cleaning: Cyrillic look-alike words in Latin text',
    text: fill(['рау the fее ', 'pay the fee now ', `${cyrillic}abc `]),
  },
  { name: 'cleaning: Latin and Cyrillic alternating', text: fill(['pаyаfееtоdаy'.repeat(20), ' ']) },
  {
    name: 'cleaning: invisible characters between letters',
    text: fill(['t\u200be\u2060l\u00ade\u200bg\u200br\u2060a\u00adm ']),
  },
  { name: 'cleaning: full-width letters', text: fill(['ｐａｙ ｔｈｅ ｒｅｇｉｓｔｒａｔｉｏｎ ｆｅｅ ']) },
  {
    name: 'cleaning: line breaks mid-sentence',
    text: fill(['pay the\nFee on\nTelegram VIP\n2 ', 'a\n\n\n']),
  },
  {
    name: 'cleaning: accents and combining marks',
    text: fill(['fée salário ', 'e\u0301\u0301\u0301\u0301 ']),
  },
  {
    name: 'negation: many negation words',
    text: fill([
      'never not no without nobody cannot won\u2019t ',
      'we will never ask you to pay the fee. ',
      'no '.repeat(60),
    ]),
  },
  {
    name: 'negation: warnings before every demand',
    text: fill(['Beware of fraud: pay the registration fee. ', 'Scammers ask anyone for gift cards ']),
  },
];

const pick = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];

interface Result {
  name: string;
  bytes: number;
  medianMs: number;
  maxMs: number;
  wallMedianMs: number;
}

function measure({ name, text }: Case): Result {
  const { medianMs, maxMs, wallMedianMs } = timeCpu(
    () => analyzeListing({ title: 'AI Trainer', text, url: 'https://example.com/jobs/1' }),
    RUNS,
    text.length,
    1,
  );
  return { name, bytes: text.length, medianMs, maxMs, wallMedianMs };
}

const load = loadavg().map((l) => +l.toFixed(2));
const results = [...flagCases, ...cleaningCases].map(measure);
const medians = results.map((r) => r.medianMs).sort((a, b) => a - b);
const medianCase = pick(medians, 0.5);

const col = (s: string, n: number) => s.padStart(n);
console.log(
  `Adversarial 1 MB inputs, ${RUNS} runs each (CPU time on one core); load average ${load.join(' / ')}\n`,
);
console.log(
  `${'aimed at'.padEnd(52)}${col('size', 9)}${col('median', 11)}${col('worst', 11)}${col('wall median', 14)}`,
);
for (const r of results) {
  const marks = [r.maxMs >= LIMIT_MS ? 'OVER LIMIT' : '', r.medianMs > medianCase * SLOW_FACTOR ? 'slow' : '']
    .filter(Boolean)
    .join(', ');
  console.log(
    `${r.name.padEnd(52)}${col(`${(r.bytes / 1000).toFixed(0)} KB`, 9)}${col(`${r.medianMs} ms`, 11)}${col(`${r.maxMs} ms`, 11)}${col(`${r.wallMedianMs} ms`, 14)}${marks ? `  ${marks}` : ''}`,
  );
}
const over = results.filter((r) => r.maxMs >= LIMIT_MS).map((r) => r.name);
const slow = results.filter((r) => r.medianMs > medianCase * SLOW_FACTOR).map((r) => r.name);
const targets = {
  everyRunUnder100ms: over.length === 0,
  over,
  slowerThan3xMedian: slow,
  medianCaseMs: medianCase,
};
console.log(
  `\nTargets: every run < ${LIMIT_MS} ms: ${over.length ? `NO (${over.join(', ')})` : 'yes'}; median case ${medianCase} ms; over ${SLOW_FACTOR}× the median: ${slow.join(', ') || 'none'}`,
);
console.log(JSON.stringify({ bench: 'adversarial', loadAverage: load, results, targets }));
if (over.length) process.exit(1);
