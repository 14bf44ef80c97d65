import shipped from './weights.json';
import { createFraudScorer, type FraudScorer } from './score';
import { FraudModelWeights } from './weights';

let weights: FraudModelWeights | undefined;
let scorer: FraudScorer | undefined;

/** The weights shipped in the extension (bundled at build time, never fetched), checked once. */
export function shippedFraudWeights(): FraudModelWeights {
  weights ??= FraudModelWeights.parse(shipped);
  return weights;
}

/** The scorer with the shipped weights; built once. */
export function loadShippedFraudScorer(): FraudScorer {
  scorer ??= createFraudScorer(shippedFraudWeights());
  return scorer;
}

/** The shipped thresholds, for turning a probability into a level. */
export const shippedFraudThresholds = (): FraudModelWeights['thresholds'] => shippedFraudWeights().thresholds;
