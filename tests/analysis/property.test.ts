import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeListing } from '../../lib/analysis/analyze';
import { Analysis, type AnalysisInput } from '../../lib/analysis/types';
import { hostileText, typicalListing } from './inputs';

// Generous bounds: the suite shares the machine with other work. The bench holds the real targets.
const MAX_MS_SMALL = 100;
const MAX_MS_1MB = 400;

function cpuMs(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

/** The output is valid and its evidence points at what it quotes. */
function check(input: AnalysisInput) {
  const a = analyzeListing(input);
  const parsed = Analysis.safeParse(a);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues[0])).toBe(true);
  const text = a.analysedText ?? input.text;
  const evidence = [
    ...a.taskTypes.flatMap((t) => t.evidence),
    ...a.payBases.flatMap((b) => b.evidence),
    ...a.pay.map((p) => p.evidence),
    ...a.redFlags.flatMap((f) => f.evidence),
    ...a.goodSignals.flatMap((f) => f.evidence),
  ];
  for (const e of evidence) {
    const source = e.field === 'title' ? (input.title ?? '') : text;
    expect(e.end).toBeGreaterThanOrEqual(e.start);
    expect(source.slice(e.start, e.end)).toBe(e.snippet);
  }
  for (const p of a.pay) expect(p.max).toBeGreaterThanOrEqual(p.min);
  return a;
}

const WORDS = [
  '$',
  '€',
  '£',
  '₹',
  'Rp',
  'USD',
  'EUR',
  '¢',
  'cents',
  'k',
  'K',
  '-',
  '–',
  'to',
  'up to',
  'per',
  'hour',
  '/hr',
  'task',
  'HIT',
  '1,000',
  '12,50',
  '0.5',
  '9999999999',
  'annotations',
  'audio hour',
  'fee',
  'deposit',
  'Telegram',
  'WhatsApp',
  '@gmail.com',
  'outlier',
  'Outlier',
  'never',
  'no',
  'SSN',
  'bank account',
  'compare two responses',
  'rank',
  'red team',
  '.',
  '\n',
  ' ',
  'İ',
  '𝒜',
  '\u0000',
  '<p>',
  '</script>',
  'https://outlier-ai.com',
  'top earners',
];
const listingText = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12 }), fc.integer().map(String)), {
    maxLength: 300,
  })
  .map((parts) => parts.join(' '));

describe('analyzeListing on arbitrary input', () => {
  it('never throws and always returns a valid analysis (random unicode)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 2000 }),
        fc.option(fc.string({ maxLength: 200 })),
        (text, title) => {
          check({ text, title: title ?? undefined });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on listing-like word soup, with and without url and html', () => {
    fc.assert(
      fc.property(listingText, fc.option(fc.webUrl()), fc.boolean(), (text, url, asHtml) => {
        const input: AnalysisInput = asHtml
          ? { text: '', html: `<p>${text}</p>`, url: url ?? undefined }
          : { text, url: url ?? undefined };
        const ms = cpuMs(() => check(input));
        expect(ms).toBeLessThan(MAX_MS_SMALL);
      }),
      { numRuns: 300 },
    );
  });

  it('stays bounded on adversarial repetitions', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WORDS), fc.integer({ min: 1, max: 20_000 }), (word, times) => {
        const text = word.repeat(times).slice(0, 100_000);
        const ms = cpuMs(() => check({ text, title: word }));
        expect(ms).toBeLessThan(MAX_MS_SMALL * 2);
      }),
      { numRuns: 60 },
    );
  });

  it('handles 1 MB of hostile text within bounds', () => {
    const text = hostileText(1_000_000);
    analyzeListing({ text });
    const ms = cpuMs(() => check({ text, url: 'https://example.com' }));
    expect(ms).toBeLessThan(MAX_MS_1MB);
  });

  it('grows roughly linearly with size', () => {
    const small = typicalListing(10_000);
    const large = typicalListing(200_000);
    for (let i = 0; i < 5; i++) analyzeListing({ text: small });
    const best = (text: string) => Math.min(...[0, 1, 2].map(() => cpuMs(() => analyzeListing({ text }))));
    const perByteSmall = best(small) / small.length;
    const perByteLarge = best(large) / large.length;
    expect(perByteLarge).toBeLessThan(perByteSmall * 3);
  });

  it('handles empty and whitespace-only input', () => {
    // Nothing to judge is no risk, but every gap is reported.
    const empty = check({ text: '' });
    expect(empty.risk.level).toBe('low');
    expect(empty.gaps?.map((g) => g.id).sort()).toEqual(['missing_pay', 'no_company_identity']);
    expect(check({ text: ' \n\t ' }).taskTypes).toEqual([]);
    expect(check({ text: '', html: '' }).pay).toEqual([]);
  });
});
