import { groupExamples, seededRandom, shuffled, type FraudExample } from './example';
import { extractFeatures, type FraudFeatures } from './features';
import { sigmoid } from './score';
import { STRUCTURAL_FEATURES, type StructuralFeature } from './structural';
import type { FraudModelWeights } from './weights';

export interface TrainOptions {
  /** Seeds the mini-batch order; same seed and data, same weights. */
  seed: number;
  epochs: number;
  /** L2 penalty on every weight but the bias. */
  l2: number;
  /** Hash buckets, a power of two. */
  buckets: number;
  /** An n-gram gets a weight only if it appears in this many groups of near-duplicates. */
  minGroups?: number;
  learningRate?: number;
  batchSize?: number;
  /** Keep only this many hashed weights, the largest in size (keeps the shipped file small). */
  maxHashedWeights?: number;
  thresholds?: FraudModelWeights['thresholds'];
}

export const DEFAULT_TRAINING = {
  minGroups: 3,
  learningRate: 0.05,
  batchSize: 32,
  maxHashedWeights: 12_000,
} as const;

/** Features of one example as the trainer needs them: model columns instead of bucket numbers. */
interface Row {
  columns: Int32Array;
  value: number;
  structural: Float64Array;
  label: number;
  weight: number;
}

/**
 * Weights so that, within each set, fraud and genuine examples carry the same total weight (the
 * sets are imbalanced in opposite ways), and each set counts in proportion to its size.
 */
function balanceWeights(examples: readonly FraudExample[]): number[] {
  const counts = new Map<string, number>();
  const key = (e: FraudExample) => `${e.set ?? ''}\u0000${e.fraud}`;
  for (const e of examples) counts.set(key(e), (counts.get(key(e)) ?? 0) + 1);
  return examples.map((e) => {
    const inSet =
      (counts.get(`${e.set ?? ''}\u0000true`) ?? 0) + (counts.get(`${e.set ?? ''}\u0000false`) ?? 0);
    return inSet / (2 * counts.get(key(e))!);
  });
}

const round = (x: number) => Number(x.toPrecision(4));

/** Trains from examples whose features are already extracted (cross-validation reuses them). */
export function trainOnFeatures(
  examples: readonly FraudExample[],
  features: readonly FraudFeatures[],
  options: TrainOptions,
): FraudModelWeights {
  const { seed, epochs, l2, buckets } = options;
  const minGroups = options.minGroups ?? DEFAULT_TRAINING.minGroups;
  const learningRate = options.learningRate ?? DEFAULT_TRAINING.learningRate;
  const batchSize = options.batchSize ?? DEFAULT_TRAINING.batchSize;
  const maxHashed = options.maxHashedWeights ?? DEFAULT_TRAINING.maxHashedWeights;

  // Buckets seen in enough distinct groups become model columns, in bucket order.
  const groups = groupExamples(examples);
  const groupCount = new Map<number, number>();
  const lastGroup = new Map<number, number>();
  const groupOrder = examples.map((_, i) => i).sort((a, b) => groups[a] - groups[b] || a - b);
  for (const i of groupOrder) {
    for (const b of features[i].buckets) {
      if (lastGroup.get(b) === groups[i]) continue;
      lastGroup.set(b, groups[i]);
      groupCount.set(b, (groupCount.get(b) ?? 0) + 1);
    }
  }
  const kept = [...groupCount]
    .filter(([, n]) => n >= minGroups)
    .map(([b]) => b)
    .sort((a, b) => a - b);
  const columnOf = new Map(kept.map((b, i) => [b, i]));

  const weights = balanceWeights(examples);
  const rows: Row[] = examples.map((e, i) => ({
    columns: Int32Array.from(
      [...features[i].buckets].filter((b) => columnOf.has(b)).map((b) => columnOf.get(b)!),
    ),
    value: features[i].value,
    structural: features[i].structural,
    label: e.fraud ? 1 : 0,
    weight: weights[i],
  }));

  // Parameters: hashed columns, then structural cues, then the bias; Adam for all of them.
  const nHashed = kept.length;
  const nStructural = STRUCTURAL_FEATURES.length;
  const size = nHashed + nStructural + 1;
  const w = new Float64Array(size);
  const grad = new Float64Array(size);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const beta1 = 0.9;
  const beta2 = 0.999;
  let step = 0;
  const random = seededRandom(seed);
  const order = rows.map((_, i) => i);

  for (let epoch = 0; epoch < epochs; epoch++) {
    // The step size falls linearly so the last epochs settle instead of wandering.
    const lr = learningRate * (1 - epoch / epochs);
    const batchOrder = shuffled(order, random);
    for (let start = 0; start < batchOrder.length; start += batchSize) {
      grad.fill(0);
      let total = 0;
      for (let k = start; k < Math.min(start + batchSize, batchOrder.length); k++) {
        const r = rows[batchOrder[k]];
        let z = w[size - 1];
        for (const c of r.columns) z += w[c] * r.value;
        for (let s = 0; s < nStructural; s++) z += w[nHashed + s] * r.structural[s];
        const g = r.weight * (sigmoid(z) - r.label);
        for (const c of r.columns) grad[c] += g * r.value;
        for (let s = 0; s < nStructural; s++) grad[nHashed + s] += g * r.structural[s];
        grad[size - 1] += g;
        total += r.weight;
      }
      step++;
      const c1 = 1 - beta1 ** step;
      const c2 = 1 - beta2 ** step;
      for (let j = 0; j < size; j++) {
        const gj = grad[j] / total + (j < size - 1 ? l2 * w[j] : 0);
        m[j] = beta1 * m[j] + (1 - beta1) * gj;
        v[j] = beta2 * v[j] + (1 - beta2) * gj * gj;
        w[j] -= (lr * (m[j] / c1)) / (Math.sqrt(v[j] / c2) + 1e-8);
      }
    }
  }

  // Only the largest hashed weights are kept, rounded; bucket order makes the file stable.
  const strongest = kept
    .map((bucket, j) => ({ bucket, weight: round(w[j]) }))
    .filter((x) => x.weight !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.bucket - b.bucket)
    .slice(0, maxHashed)
    .sort((a, b) => a.bucket - b.bucket);
  const hashed = { buckets: strongest.map((x) => x.bucket), weights: strongest.map((x) => x.weight) };
  const structural = Object.fromEntries(
    STRUCTURAL_FEATURES.map((name, s) => [name, round(w[nHashed + s])]),
  ) as Record<StructuralFeature, number>;
  return {
    format: 'tasklens-fraud-model',
    version: 1,
    buckets,
    bias: round(w[size - 1]),
    structural,
    hashed,
    thresholds: options.thresholds ?? { caution: 0.5, high: 0.8 },
    seed,
    meta: {
      examples: examples.length,
      fraud: examples.filter((e) => e.fraud).length,
      groups: new Set(groups).size,
      columns: nHashed,
      options: { epochs, l2, minGroups, learningRate, batchSize, maxHashedWeights: maxHashed },
    },
  };
}

/** Extracts every example's features for `buckets`. */
export function extractAll(examples: readonly FraudExample[], buckets: number): FraudFeatures[] {
  return examples.map((e) => extractFeatures(e.title, e.text, buckets));
}

/**
 * Logistic regression on hashed n-grams and structural cues, by seeded mini-batch gradient
 * descent (Adam) with class weighting. Deterministic: same examples and options, same weights.
 */
export function trainFraudModel(examples: readonly FraudExample[], options: TrainOptions): FraudModelWeights {
  return trainOnFeatures(examples, extractAll(examples, options.buckets), options);
}
