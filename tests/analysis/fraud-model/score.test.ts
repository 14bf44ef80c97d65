import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../../lib/analysis/fraud-model/features';
import { createFraudScorer, sigmoid } from '../../../lib/analysis/fraud-model/score';
import { loadShippedFraudScorer, shippedFraudThresholds } from '../../../lib/analysis/fraud-model/shipped';
import { STRUCTURAL_FEATURES } from '../../../lib/analysis/fraud-model/structural';
import { FraudModelWeights } from '../../../lib/analysis/fraud-model/weights';
import { hostileText, typicalListing } from '../inputs';

const BUCKETS = 2 ** 12;
const zeroStructural = Object.fromEntries(
  STRUCTURAL_FEATURES.map((n) => [n, 0]),
) as FraudModelWeights['structural'];

/** The bucket of the one feature a title or text of a single word or word pair adds last. */
function bucketOf(field: 'title' | 'text', words: string): number {
  const f = extractFeatures(field === 'title' ? words : '', field === 'text' ? words : '', BUCKETS);
  return f.buckets[f.buckets.length - 1];
}

/** Hand-set weights: each listed word or pair gets its weight, everything else none. */
function weightsFor(entries: [field: 'title' | 'text', words: string, weight: number][]): FraudModelWeights {
  const pairs = entries.map(([field, words, w]) => [bucketOf(field, words), w]).sort((a, b) => a[0] - b[0]);
  return {
    format: 'tasklens-fraud-model',
    version: 1,
    buckets: BUCKETS,
    bias: 0,
    structural: zeroStructural,
    hashed: { buckets: pairs.map((p) => p[0]), weights: pairs.map((p) => p[1]) },
    thresholds: { caution: 0.5, high: 0.9 },
    seed: 1,
    meta: {},
  };
}

describe('createFraudScorer', () => {
  const weights = weightsFor([
    ['text', 'gift card', 3],
    ['text', 'telegram', 2],
    ['text', 'fee', 1],
    ['text', 'rubric', -4],
    ['title', 'easy', 1.5],
  ]);
  const score = createFraudScorer(weights);

  it('points at the words and word pairs that pushed toward fraud, strongest first, with exact offsets', () => {
    const title = 'Easy money';
    const text = 'Pay the FEE by Gift  Card, then write to me on Telegram. Grade with the rubric.';
    const { phrases } = score(title, text);
    expect(phrases.map((p) => [p.field, p.snippet])).toEqual([
      ['text', 'Gift  Card'],
      ['text', 'Telegram'],
      ['title', 'Easy'],
      ['text', 'FEE'],
    ]);
    for (const p of phrases)
      expect((p.field === 'title' ? title : text).slice(p.start, p.end)).toBe(p.snippet);
    expect(phrases[0].weight).toBeGreaterThan(phrases[1].weight);
    expect(phrases.every((p) => p.weight > 0)).toBe(true);
  });

  it('leaves bare numbers out of the phrases though they count toward the score', () => {
    const numbers = createFraudScorer(
      weightsFor([
        ['text', '500', 5],
        ['text', 'fee', 1],
      ]),
    );
    const result = numbers('', 'A fee of 500');
    expect(result.phrases.map((p) => p.snippet)).toEqual(['fee']);
    expect(result.probability).toBeGreaterThan(numbers('', 'A fee of').probability);
  });

  it('adds up the weights of the distinct n-grams, scaled by their count, into a probability', () => {
    const text = 'telegram rubric';
    const f = extractFeatures('', text, BUCKETS);
    // Two words and one pair: three features, each worth 1/√3.
    expect(f.buckets).toHaveLength(3);
    expect(score('', text).probability).toBeCloseTo(sigmoid((2 - 4) / Math.sqrt(3)), 6);
    expect(score('', 'telegram telegram rubric').probability).toBeCloseTo(sigmoid((2 - 4) / 2), 6);
  });

  it('matches words whatever their width or case (NFKC, lowercase)', () => {
    const fullWidth = 'ｔｅｌｅｇｒａｍ';
    const { phrases } = score('', `Reach me on ${fullWidth} or TELEGRAM`);
    expect(phrases).toHaveLength(1);
    expect(phrases[0].snippet).toBe(fullWidth);
  });

  it('does not join word pairs across sentence ends or lines', () => {
    expect(score('', 'a gift. Card').phrases).toEqual([]);
    expect(score('', 'gift\ncard').phrases).toEqual([]);
    expect(score('', 'gift card').phrases.map((p) => p.snippet)).toEqual(['gift card']);
  });

  it('finishes on 1 MB of hostile text and on empty input', () => {
    const big = hostileText(1_000_000);
    const result = score('Title', big);
    expect(result.probability).toBeGreaterThan(0);
    expect(result.probability).toBeLessThan(1);
    for (const p of result.phrases) expect(big.slice(p.start, p.end)).toBe(p.snippet);
    expect(score('', '')).toEqual({ probability: 0.5, phrases: [] });
  });
});

describe('the shipped weights', () => {
  const file = fileURLToPath(new URL('../../../lib/analysis/fraud-model/weights.json', import.meta.url));

  it('validate against the schema and stay within 300 KB', () => {
    expect(statSync(file).size).toBeLessThanOrEqual(300 * 1024);
    const parsed = FraudModelWeights.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues[0])).toBe(true);
    const { thresholds } = parsed.data!;
    expect(thresholds.caution).toBeGreaterThan(0);
    expect(thresholds.high).toBeLessThan(1);
    expect(shippedFraudThresholds()).toEqual(thresholds);
  });

  it('score a listing with a probability and phrases that quote it', () => {
    const score = loadShippedFraudScorer();
    const text = typicalListing(5_000);
    const result = score('AI Trainer', text);
    expect(result.probability).toBeGreaterThanOrEqual(0);
    expect(result.probability).toBeLessThanOrEqual(1);
    for (const p of result.phrases) {
      expect((p.field === 'title' ? 'AI Trainer' : text).slice(p.start, p.end)).toBe(p.snippet);
    }
    expect(loadShippedFraudScorer()).toBe(score);
  });

  it('rejects weights whose buckets are out of order or out of range', () => {
    const w = weightsFor([['text', 'fee', 1]]);
    expect(FraudModelWeights.safeParse(w).success).toBe(true);
    const outside = { ...w, hashed: { buckets: [BUCKETS], weights: [1] } };
    expect(FraudModelWeights.safeParse(outside).success).toBe(false);
    const unordered = { ...w, hashed: { buckets: [5, 3], weights: [1, 1] } };
    expect(FraudModelWeights.safeParse(unordered).success).toBe(false);
    const crossed = { ...w, thresholds: { caution: 0.9, high: 0.5 } };
    expect(FraudModelWeights.safeParse(crossed).success).toBe(false);
  });
});
