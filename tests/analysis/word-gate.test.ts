import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_FLAGS } from '../../lib/analysis/flags/all-flags';
import { isPatternMatch } from '../../lib/analysis/flags/flag';
import { PatternSet } from '../../lib/analysis/pattern-set';
import { ALL_RULES } from '../../lib/analysis/rule-sets';
import { scanText } from '../../lib/analysis/text-scan';
import { gateOf, indexWords, mayMatch } from '../../lib/analysis/word-gate';
import { loadCorpus } from '../../scripts/accuracy';
import { GENUINE, SCAMS } from './evasion/texts';
import { TRICKS } from './evasion/tricks';
import { hostileText, typicalListing } from './inputs';

/** Where and what a global regex matches in a text (null: a regex that was never run). */
function matches(regex: RegExp | null, text: string): string[] {
  return regex ? [...text.matchAll(regex)].map((m) => `${m.index}:${m[0]}`) : [];
}

/** The pattern with its zero-width assertions (\\b, lookarounds, anchors) left out. */
function withoutAssertions(pattern: RegExp): RegExp {
  const ranges: [number, number][] = [];
  visitRegExpAST(new RegExpParser().parsePattern(pattern.source), {
    onAssertionEnter: (node) => void ranges.push([node.start, node.end]),
  });
  let source = pattern.source;
  for (const [start, end] of ranges.sort((a, b) => b[0] - a[0])) {
    source = source.slice(0, start) + source.slice(end);
  }
  return new RegExp(source);
}

const words = (text: string) => indexWords(text.toLowerCase());
const may = (pattern: RegExp, text: string) => mayMatch(pattern, words(text));

/** Every shipped pattern list: each flag's and each task-type or pay-basis rule's. */
const PATTERN_LISTS: { name: string; patterns: readonly RegExp[] }[] = [
  ...ALL_FLAGS.flatMap((f) => (isPatternMatch(f.match) ? [{ name: f.id, patterns: f.match.patterns }] : [])),
  ...ALL_RULES.map((r, i) => ({ name: `${r.id} #${i}`, patterns: r.patterns })),
];
const ALL_PATTERNS = PATTERN_LISTS.flatMap((l) => l.patterns.map((p) => new RegExp(p.source)));

describe('what a pattern requires', () => {
  it('requires the words a literal begins', () => {
    const fee = /\bregistration fees?\b/;
    expect(may(fee, 'Pay the registration fee now')).toBe(true);
    expect(may(fee, 'Registration is free; fees apply later')).toBe(true);
    expect(may(fee, 'a registration form')).toBe(false);
    expect(may(fee, 'the fees are waived')).toBe(false);
  });

  it('requires one branch of an alternation, and nothing of an optional part', () => {
    const pay = /\b(?:telegram|whatsapp)(?: group)? chat\b/;
    expect(may(pay, 'join our whatsapp chat')).toBe(true);
    expect(may(pay, 'join our signal chat')).toBe(false);
    expect(gateOf(/\b(?:fee)?/)).toBeNull();
    expect(gateOf(/\bfee|\w+ing/)).toBeNull();
  });

  it('knows a word starts only where a non-word character or \\b comes before it', () => {
    // After \d the letters continue a word ("20usdt"), so nothing can be required of them.
    expect(gateOf(/\dusdt/)).toBeNull();
    expect(may(/[ -]deposit/, 'a-deposit')).toBe(true);
    expect(may(/[ -]deposit/, 'no deposits')).toBe(true);
    expect(may(/[ -]deposit/, 'redeposit')).toBe(false);
    // A prefix longer than four letters is cut: "guarantee" needs a word starting "guar".
    expect(may(/\bguarantee\b/, 'guards')).toBe(true);
  });

  it('requires nothing it cannot be sure of', () => {
    for (const pattern of [/(?<=pay )fee/, /(fee)\1/, /\Bfee/]) expect(gateOf(pattern)).toBeNull();
    expect(may(/[a-z]+ fee/, 'cof fee')).toBe(true);
    expect(may(/[a-z]+ fee/, 'coffee')).toBe(false);
    // Case-folding across Unicode (the `iu` flags) is beyond the index: no gate at all.
    expect(gateOf(/\bfee\b/iu)).toBeNull();
  });
});

describe('the gate never hides a match', () => {
  it('lets through every string generated to match a shipped pattern', () => {
    let matched = 0;
    const covered = new Set<RegExp>();
    for (const pattern of ALL_PATTERNS) {
      // The generator builds no assertions: strings come from the pattern without them, and count
      // only when the real pattern matches them.
      const strings = fc.stringMatching(withoutAssertions(pattern));
      const around = fc.constantFrom('', ' ', 'x', '1', '. ', '\n');
      fc.assert(
        fc.property(around, strings, around, (before, s, after) => {
          const text = (before + s + after).toLowerCase();
          if (!pattern.test(text)) return;
          matched++;
          covered.add(pattern);
          expect(mayMatch(pattern, indexWords(text)), `${pattern.source} on ${JSON.stringify(text)}`).toBe(
            true,
          );
        }),
        { numRuns: 60, seed: 7 },
      );
    }
    // Strings the real pattern matched, and the patterns they cover (\b and lookarounds reject some).
    expect(matched).toBeGreaterThan(1_000);
    expect(covered.size).toBeGreaterThan(ALL_PATTERNS.length * 0.6);
  });

  it('finds the same hits as every pattern joined, on the corpus, the evasion texts and their disguises', () => {
    const texts = [
      ...loadCorpus().map((e) => e.text),
      ...[...SCAMS, ...GENUINE].flatMap((l) => [
        l.text,
        ...TRICKS.map((t) => t.apply(l.text, [[0, l.text.length]])),
      ]),
      typicalListing(5_000),
      hostileText(20_000),
    ];
    const docs = texts.map((t) => scanText('text', t).lower);
    let hits = 0;
    for (const { name, patterns } of PATTERN_LISTS) {
      const joined = new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), 'g');
      const set = new PatternSet(patterns);
      for (const text of docs) {
        const gated = matches(set.regexFor(indexWords(text)), text);
        expect(gated, name).toEqual(matches(joined, text));
        hits += gated.length;
      }
    }
    expect(hits).toBeGreaterThan(500);
  });
});
