/**
 * The learned fraud signal: logistic regression over hashed words and word pairs (FNV-1a into
 * 2^18 buckets) and a dozen structural cues (contacts, messengers, money words, urgency, length…),
 * trained by `npm run train` on real development data and shipped as weights.json.
 *
 * Scoring is pure and linear-time. The trainer (train.ts, cross-validate.ts) is not exported here,
 * so importing this module never bundles it.
 */
export { createFraudScorer, type FraudPhrase, type FraudScore, type FraudScorer } from './score';
export { loadShippedFraudScorer, shippedFraudThresholds, shippedFraudWeights } from './shipped';
export { FraudModelWeights } from './weights';
export { STRUCTURAL_FEATURES, type StructuralFeature } from './structural';
