import { describe, expect, it } from 'vitest';
import { chooseThresholds, confusion, rocAuc } from '../../../lib/analysis/fraud-model/metrics';
import { STRUCTURAL_FEATURES, structuralFeatures } from '../../../lib/analysis/fraud-model/structural';
import { tokenize, wordHash } from '../../../lib/analysis/fraud-model/tokens';

const words = (text: string) => {
  const t = tokenize(text);
  return Array.from({ length: t.count }, (_, i) => text.slice(t.start[i], t.end[i]));
};

describe('tokenize', () => {
  it('keeps inner apostrophes, drops long identifiers and redaction marks, splits on everything else', () => {
    expect(words("Don't wait—it's 'urgent': see #URL_0a1b2c3d4e5f6a7b8c9d# now")).toEqual([
      "Don't",
      'wait',
      "it's",
      'urgent',
      'see',
      'now',
    ]);
  });

  it('hashes case, width, curly apostrophes and digits alike', () => {
    const hashes = (text: string) => {
      const t = tokenize(text);
      return Array.from(t.hash.subarray(0, t.count));
    };
    expect(hashes('TELEGRAM')).toEqual([wordHash('telegram')]);
    expect(hashes('ｔｅｌｅｇｒａｍ')).toEqual([wordHash('telegram')]);
    expect(hashes('don’t')).toEqual([wordHash("don't")]);
    expect(hashes('$25 $40')).toEqual([wordHash('00'), wordHash('00')]);
  });

  it('marks all-capital words of two letters or more', () => {
    const t = tokenize('URGENT Hiring A job NOW');
    expect(Array.from(t.allCaps.subarray(0, t.count))).toEqual([1, 0, 0, 0, 1]);
  });

  it('reads "url" as a word outside a redaction mark', () => {
    expect(words('the URL_ and #URL or #url_x')).toEqual(['the', 'URL', 'and', 'URL', 'or', 'x']);
  });
});

describe('structuralFeatures', () => {
  const cues = (text: string) => {
    const values = structuralFeatures([text], [tokenize(text)]);
    return Object.fromEntries(STRUCTURAL_FEATURES.map((name, i) => [name, values[i]]));
  };

  it('finds contacts, messengers, links, money and salary text', () => {
    const c = cues(
      'Salary: $500 per week!! Write to hr.team@mail-example.com or call +1 (555) 123-4567, then add me on WhatsApp. Details at https://example.com',
    );
    expect(c.salaryMentioned).toBe(1);
    expect(c.emailAddresses).toBeCloseTo(1 / 3);
    expect(c.phoneNumbers).toBeCloseTo(1 / 3);
    expect(c.messengerApps).toBeCloseTo(1 / 3);
    expect(c.links).toBeCloseTo(1 / 5);
    expect(c.currencyAmounts).toBeCloseTo(1 / 5);
    expect(c.exclamations).toBeCloseTo(2 / 5);
    expect(c.firstPerson).toBeGreaterThan(0);
  });

  it('counts redacted contacts as contacts and leaves dates and amounts out of phone numbers', () => {
    const c = cues(
      'Mail #EMAIL_0123456789abcdef# or #PHONE_fedcba9876543210#. Starts 2024-05-01, pays 1,000,000.',
    );
    expect(c.emailAddresses).toBeCloseTo(1 / 3);
    expect(c.phoneNumbers).toBeCloseTo(1 / 3);
  });

  it('is all zero but length for plain prose', () => {
    const c = cues('Review answers against the rubric and explain the rating you give.');
    for (const name of STRUCTURAL_FEATURES) if (name !== 'logLength') expect(c[name], name).toBe(0);
    expect(c.logLength).toBeGreaterThan(0.3);
  });
});

describe('thresholds and figures', () => {
  const scored = (set: string, fraud: boolean, ps: number[]) =>
    ps.map((probability) => ({ set, fraud, probability }));

  it('keeps each set’s genuine share at high and at caution within the targets', () => {
    const genuineA = scored('a', false, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95]);
    const genuineB = scored('b', false, [0.05, 0.1, 0.15, 0.2, 0.25]);
    const fraud = scored('a', true, [0.97, 0.99]);
    const t = chooseThresholds([...genuineA, ...genuineB, ...fraud], { genuineHigh: 0, genuineFlagged: 0.2 });
    // No genuine item at high: above 0.95. At most 20% flagged: set a allows two (0.9, 0.95).
    expect(t.high).toBeGreaterThan(0.95);
    expect(t.caution).toBeCloseTo(0.85, 4);
    expect(t.caution).toBeLessThanOrEqual(t.high);
  });

  it('computes precision, recall, F1, genuine rate and AUC', () => {
    const c = confusion([
      { fraud: true, flagged: true },
      { fraud: true, flagged: false },
      { fraud: false, flagged: true },
      { fraud: false, flagged: false },
    ]);
    expect(c).toMatchObject({
      tp: 1,
      fn: 1,
      fp: 1,
      tn: 1,
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
      genuineRate: 0.5,
    });
    expect(rocAuc([...scored('a', true, [0.9, 0.4]), ...scored('a', false, [0.5, 0.1])])).toBe(0.75);
  });
});
