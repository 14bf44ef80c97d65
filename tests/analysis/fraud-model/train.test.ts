import { describe, expect, it } from 'vitest';
import { assignFolds, crossValidate } from '../../../lib/analysis/fraud-model/cross-validate';
import { groupExamples } from '../../../lib/analysis/fraud-model/example';
import { extractFeatures } from '../../../lib/analysis/fraud-model/features';
import { createFraudScorer } from '../../../lib/analysis/fraud-model/score';
import { trainFraudModel } from '../../../lib/analysis/fraud-model/train';
import { FraudModelWeights } from '../../../lib/analysis/fraud-model/weights';
import { TOY_OPTIONS, toyExamples } from './toy-data';

describe('trainFraudModel', () => {
  it('gives the same weights for the same seed, and different ones for another seed', () => {
    const examples = toyExamples();
    const a = trainFraudModel(examples, TOY_OPTIONS);
    const b = trainFraudModel(examples, TOY_OPTIONS);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const c = trainFraudModel(examples, { ...TOY_OPTIONS, seed: 8 });
    expect(c.hashed.weights).not.toEqual(a.hashed.weights);
  });

  it('learns a separable toy problem and scores unseen texts of each kind on the right side', () => {
    const weights = trainFraudModel(toyExamples(), TOY_OPTIONS);
    expect(FraudModelWeights.safeParse(weights).success).toBe(true);
    const score = createFraudScorer(weights);
    for (const e of toyExamples()) {
      const p = score(e.title, e.text).probability;
      if (e.fraud) expect(p).toBeGreaterThan(0.8);
      else expect(p).toBeLessThan(0.2);
    }
    // Sentences it never saw, built from words it did.
    expect(score('', 'Please pay the fee and message me on Telegram today.').probability).toBeGreaterThan(
      0.5,
    );
    expect(score('', 'Compare the responses and explain your rating.').probability).toBeLessThan(0.5);
  });

  it('gives no weight to words seen in fewer groups than asked', () => {
    const examples = toyExamples().map((e, i) => (i === 0 ? { ...e, text: `${e.text} zanzibarite` } : e));
    const [rare] = extractFeatures('', 'zanzibarite', TOY_OPTIONS.buckets).buckets;
    const filtered = trainFraudModel(examples, { ...TOY_OPTIONS, minGroups: 2 });
    expect(filtered.hashed.buckets).not.toContain(rare);
    const unfiltered = trainFraudModel(examples, { ...TOY_OPTIONS, minGroups: 1 });
    expect(unfiltered.hashed.buckets).toContain(rare);
  });

  it('keeps at most the asked number of hashed weights, the largest ones', () => {
    const full = trainFraudModel(toyExamples(), TOY_OPTIONS);
    const small = trainFraudModel(toyExamples(), { ...TOY_OPTIONS, maxHashedWeights: 5 });
    expect(small.hashed.buckets).toHaveLength(5);
    const smallest = Math.min(...small.hashed.weights.map(Math.abs));
    const dropped = full.hashed.weights.filter(
      (_, i) => !small.hashed.buckets.includes(full.hashed.buckets[i]),
    );
    for (const w of dropped) expect(Math.abs(w)).toBeLessThanOrEqual(smallest);
  });
});

describe('grouping and folds', () => {
  it('joins examples that share any group key, transitively', () => {
    const base = { title: '', text: 'x', fraud: false };
    const groups = groupExamples([
      { ...base, id: 'a', groupKeys: ['k1'] },
      { ...base, id: 'b', groupKeys: ['k2'] },
      { ...base, id: 'c', groupKeys: ['k1', 'k2'] },
      { ...base, id: 'd', groupKeys: ['k3'] },
      { ...base, id: 'e' },
    ]);
    expect(groups[0]).toBe(groups[1]);
    expect(groups[1]).toBe(groups[2]);
    expect(new Set(groups).size).toBe(3);
  });

  it('never splits a group across folds and spreads each class over every fold', () => {
    const examples = toyExamples(20).map((e, i) => ({ ...e, groupKeys: [`company-${Math.floor(i / 4)}`] }));
    const folds = assignFolds(examples, 5, 3);
    const foldOfGroup = new Map<string, number>();
    examples.forEach((e, i) => {
      const key = e.groupKeys![0];
      expect(foldOfGroup.get(key) ?? folds[i]).toBe(folds[i]);
      foldOfGroup.set(key, folds[i]);
    });
    for (let f = 0; f < 5; f++) {
      expect(examples.filter((e, i) => folds[i] === f && e.fraud).length).toBeGreaterThan(0);
      expect(examples.filter((e, i) => folds[i] === f && !e.fraud).length).toBeGreaterThan(0);
    }
  });

  it('deals near-duplicates to folds one by one when the split is random', () => {
    // One group of twenty: grouped, it can only go to one fold; random, it fills all five evenly.
    const examples = toyExamples(10).map((e) => ({ ...e, groupKeys: ['one-campaign'] }));
    expect(new Set(assignFolds(examples, 5, 3, 'grouped')).size).toBe(1);
    const folds = assignFolds(examples, 5, 3, 'random');
    for (let f = 0; f < 5; f++) {
      expect(examples.filter((e, i) => folds[i] === f && e.fraud)).toHaveLength(2);
      expect(examples.filter((e, i) => folds[i] === f && !e.fraud)).toHaveLength(2);
    }
  });
});

describe('crossValidate', () => {
  it('scores every example once, out of fold, and reports per fold and pooled', () => {
    const examples = toyExamples(15);
    const cv = crossValidate(examples, { ...TOY_OPTIONS, folds: 3 });
    expect([...cv.outOfFold.keys()].sort()).toEqual(examples.map((e) => e.id).sort());
    expect(cv.report.folds).toHaveLength(3);
    expect(cv.report.folds.reduce((n, f) => n + f.examples, 0)).toBe(examples.length);
    expect(cv.thresholds.caution).toBeLessThanOrEqual(cv.thresholds.high);
    const [toy] = cv.report.pooled;
    expect(toy.set).toBe('toy');
    expect(toy.auc).toBeGreaterThan(0.9);
    expect(toy.high.genuineRate).toBeLessThanOrEqual(0.1);
  });

  it('gives the same out-of-fold probabilities and thresholds when run again', () => {
    const examples = toyExamples(10);
    const a = crossValidate(examples, { ...TOY_OPTIONS, folds: 3 });
    const b = crossValidate(examples, { ...TOY_OPTIONS, folds: 3 });
    expect([...b.outOfFold]).toEqual([...a.outOfFold]);
    expect(b.thresholds).toEqual(a.thresholds);
  });
});
