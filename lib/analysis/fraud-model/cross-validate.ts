import { groupExamples, seededRandom, shuffled, type FraudExample } from './example';
import {
  chooseThresholds,
  DEFAULT_TARGETS,
  figuresBySet,
  type Scored,
  type SetFigures,
  type ThresholdTargets,
  type Thresholds,
} from './metrics';
import { denseWeights, logOdds, sigmoid } from './score';
import { extractAll, trainOnFeatures, type TrainOptions } from './train';

/**
 * How examples are dealt to folds.
 * - `grouped`: near-duplicates (one campaign's copies of an ad) always share a fold, so each fold
 *   is scored as a campaign the model has never seen. The harder test, and the default.
 * - `random`: every example is dealt on its own (still stratified), so a copy of a campaign seen
 *   in training can be scored. This is what a fresh sample drawn from the same collection is like.
 */
export type FoldSplit = 'grouped' | 'random';

export interface CrossValidationOptions extends TrainOptions {
  folds?: number;
  targets?: ThresholdTargets;
  split?: FoldSplit;
}

export interface FoldReport {
  fold: number;
  examples: number;
  /** Chosen on the other folds' out-of-fold probabilities only, then applied to this fold. */
  thresholds: Thresholds;
  sets: SetFigures[];
}

export interface CrossValidationReport {
  folds: FoldReport[];
  /** All folds pooled, each judged at thresholds it took no part in choosing. */
  pooled: SetFigures[];
  /** All out-of-fold probabilities at the final thresholds (chosen on them, so a little optimistic). */
  atChosenThresholds: SetFigures[];
}

export interface CrossValidation {
  outOfFold: Map<string, number>;
  thresholds: Thresholds;
  report: CrossValidationReport;
}

/**
 * Assigns groups of near-duplicates (or, split `random`, single examples) to folds so that each
 * fold gets its share of every set-and-label stratum: largest groups first, each to the fold where
 * it fills least of a share.
 */
export function assignFolds(
  examples: readonly FraudExample[],
  folds: number,
  seed: number,
  split: FoldSplit = 'grouped',
): number[] {
  const groups = split === 'grouped' ? groupExamples(examples) : examples.map((_, i) => i);
  const stratum = (e: FraudExample) => `${e.set ?? ''}|${e.fraud}`;
  const strata = [...new Set(examples.map(stratum))].sort();
  const members = new Map<number, number[]>();
  groups.forEach((g, i) => members.set(g, [...(members.get(g) ?? []), i]));
  const totals = strata.map((s) => examples.filter((e) => stratum(e) === s).length);
  const filled = Array.from({ length: folds }, () => strata.map(() => 0));
  const foldOf = new Array<number>(examples.length);
  // Seeded shuffle, then a stable sort by size: equal-sized groups land in seed order.
  const ordered = shuffled([...members.values()], seededRandom(seed)).sort((a, b) => b.length - a.length);
  for (const group of ordered) {
    const counts = strata.map((s) => group.filter((i) => stratum(examples[i]) === s).length);
    let best = 0;
    let bestCost = Infinity;
    for (let f = 0; f < folds; f++) {
      const cost = strata.reduce((sum, _, s) => sum + ((filled[f][s] + counts[s]) / totals[s]) ** 2, 0);
      if (cost < bestCost - 1e-12) {
        bestCost = cost;
        best = f;
      }
    }
    strata.forEach((_, s) => (filled[best][s] += counts[s]));
    for (const i of group) foldOf[i] = best;
  }
  return foldOf;
}

/**
 * Stratified k-fold cross-validation: every example gets a probability from a model that never saw
 * it (nor, split `grouped`, its near-duplicates). Thresholds are chosen on those probabilities.
 */
export function crossValidate(
  examples: readonly FraudExample[],
  options: CrossValidationOptions,
): CrossValidation {
  const k = options.folds ?? 5;
  const targets = options.targets ?? DEFAULT_TARGETS;
  const features = extractAll(examples, options.buckets);
  const foldOf = assignFolds(examples, k, options.seed, options.split);
  const scored: (Scored & { id: string; fold: number })[] = [];
  for (let fold = 0; fold < k; fold++) {
    const train = examples.map((_, i) => i).filter((i) => foldOf[i] !== fold);
    const weights = trainOnFeatures(
      train.map((i) => examples[i]),
      train.map((i) => features[i]),
      options,
    );
    const model = denseWeights(weights);
    examples.forEach((e, i) => {
      if (foldOf[i] !== fold) return;
      scored.push({
        id: e.id,
        fold,
        set: e.set ?? '',
        fraud: e.fraud,
        probability: sigmoid(logOdds(model, features[i])),
      });
    });
  }
  const order = new Map(examples.map((e, i) => [e.id, i]));
  scored.sort((a, b) => order.get(a.id)! - order.get(b.id)!);

  const thresholds = chooseThresholds(scored, targets);
  const foldThresholds = Array.from({ length: k }, (_, fold) =>
    chooseThresholds(
      scored.filter((s) => s.fold !== fold),
      targets,
    ),
  );
  const folds: FoldReport[] = foldThresholds.map((t, fold) => {
    const inFold = scored.filter((s) => s.fold === fold);
    return { fold: fold + 1, examples: inFold.length, thresholds: t, sets: figuresBySet(inFold, () => t) };
  });
  return {
    outOfFold: new Map(scored.map((s) => [s.id, s.probability])),
    thresholds,
    report: {
      folds,
      pooled: figuresBySet(scored, (s) => foldThresholds[s.fold]),
      atChosenThresholds: figuresBySet(scored, () => thresholds),
    },
  };
}
