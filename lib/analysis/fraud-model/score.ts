import { extractFeatures, spanOf, type FraudFeatures, type PhraseField } from './features';
import { STRUCTURAL_FEATURES } from './structural';
import type { FraudModelWeights } from './weights';

/** Words or a word pair that pushed the score toward fraud; offsets index the given title or text. */
export interface FraudPhrase {
  field: PhraseField;
  start: number;
  end: number;
  snippet: string;
  /** What this phrase added to the log-odds of fraud. */
  weight: number;
}

export interface FraudScore {
  probability: number;
  phrases: FraudPhrase[];
}

export type FraudScorer = (title: string, text: string) => FraudScore;

const MAX_PHRASES = 5;
const HAS_LETTER = /\p{L}/u;

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Dense weight vectors for fast lookups: hashed buckets, then the structural cues. */
export interface DenseWeights {
  buckets: number;
  bias: number;
  hashed: Float32Array;
  structural: Float64Array;
}

export function denseWeights(weights: FraudModelWeights): DenseWeights {
  // Single precision halves the memory; the weights are stored to four significant digits anyway.
  const hashed = new Float32Array(weights.buckets);
  weights.hashed.buckets.forEach((bucket, i) => (hashed[bucket] = weights.hashed.weights[i]));
  return {
    buckets: weights.buckets,
    bias: weights.bias,
    hashed,
    structural: Float64Array.from(STRUCTURAL_FEATURES, (name) => weights.structural[name]),
  };
}

/** Log-odds of fraud for extracted features. */
export function logOdds(model: DenseWeights, f: FraudFeatures): number {
  let z = model.bias;
  let hashed = 0;
  for (let i = 0; i < f.buckets.length; i++) hashed += model.hashed[f.buckets[i]];
  z += hashed * f.value;
  for (let i = 0; i < f.structural.length; i++) z += model.structural[i] * f.structural[i];
  return z;
}

const overlaps = (a: FraudPhrase, b: { field: PhraseField; start: number; end: number }) =>
  a.field === b.field && a.start < b.end && b.start < a.end;

/** The few strongest fraud-leaning n-grams, strongest first, none overlapping another. */
function topPhrases(model: DenseWeights, f: FraudFeatures, title: string, text: string): FraudPhrase[] {
  const candidates: number[] = [];
  for (let i = 0; i < f.buckets.length; i++) if (model.hashed[f.buckets[i]] > 0) candidates.push(i);
  const out: FraudPhrase[] = [];
  // Picks the strongest remaining candidate each time (ties: first seen): a handful of passes
  // instead of sorting every candidate, since only a few are shown.
  while (out.length < MAX_PHRASES) {
    let best = -1;
    let bestWeight = 0;
    for (let k = 0; k < candidates.length; k++) {
      const i = candidates[k];
      if (i >= 0 && model.hashed[f.buckets[i]] > bestWeight) {
        best = k;
        bestWeight = model.hashed[f.buckets[i]];
      }
    }
    if (best < 0) break;
    const i = candidates[best];
    candidates[best] = -1;
    const span = spanOf(f, i);
    if (out.some((p) => overlaps(p, span))) continue;
    const snippet = (span.field === 'title' ? title : text).slice(span.start, span.end);
    // A bare number ("500") counts toward the score but says nothing to a reader as evidence.
    if (!HAS_LETTER.test(snippet)) continue;
    out.push({ ...span, snippet, weight: +(bestWeight * f.value).toFixed(4) });
  }
  return out;
}

/** A scorer for listings: probability of fraud and the phrases behind it. Pure and linear-time. */
export function createFraudScorer(weights: FraudModelWeights): FraudScorer {
  const model = denseWeights(weights);
  return (title, text) => {
    const f = extractFeatures(title, text, model.buckets);
    return { probability: sigmoid(logOdds(model, f)), phrases: topPhrases(model, f, title, text) };
  };
}
