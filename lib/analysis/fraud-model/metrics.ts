/** A scored example: its collection, its true label and the model's probability. */
export interface Scored {
  set: string;
  fraud: boolean;
  probability: number;
}

export interface Thresholds {
  caution: number;
  high: number;
}

export interface ThresholdTargets {
  /** Largest share of each set's genuine examples allowed at `high`. */
  genuineHigh: number;
  /** Largest share of each set's genuine examples allowed at `caution` or above. */
  genuineFlagged: number;
}

export const DEFAULT_TARGETS: ThresholdTargets = { genuineHigh: 0.02, genuineFlagged: 0.2 };

/**
 * The lowest threshold that keeps at most `share` of every set's genuine examples at or above it:
 * halfway between the last genuine probability allowed above and the first kept below.
 */
function thresholdFor(scored: readonly Scored[], share: number): number {
  let threshold = 0;
  for (const set of new Set(scored.map((s) => s.set))) {
    const genuine = scored
      .filter((s) => s.set === set && !s.fraud)
      .map((s) => s.probability)
      .sort((a, b) => b - a);
    if (!genuine.length) continue;
    const allowed = Math.floor(share * genuine.length);
    const below = genuine[allowed] ?? 0;
    const above = allowed > 0 ? genuine[allowed - 1] : Math.min(1, below + 1e-3);
    threshold = Math.max(threshold, (below + above) / 2);
  }
  return Number(threshold.toFixed(4));
}

/** Both thresholds from scored examples (in practice out-of-fold), caution never above high. */
export function chooseThresholds(scored: readonly Scored[], targets = DEFAULT_TARGETS): Thresholds {
  const high = thresholdFor(scored, targets.genuineHigh);
  return { high, caution: Math.min(high, thresholdFor(scored, targets.genuineFlagged)) };
}

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of genuine examples at or above the threshold. */
  genuineRate: number;
}

export function confusion(items: readonly { fraud: boolean; flagged: boolean }[]): Confusion {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { fraud, flagged } of items) {
    if (fraud && flagged) tp++;
    else if (fraud) fn++;
    else if (flagged) fp++;
    else tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const r = (x: number) => Number(x.toFixed(3));
  return {
    tp,
    fp,
    fn,
    tn,
    precision: r(precision),
    recall: r(recall),
    f1: r(f1),
    genuineRate: r(fp + tn ? fp / (fp + tn) : 0),
  };
}

/** Area under the ROC curve: the chance a fraud example outscores a genuine one (ties half). */
export function rocAuc(scored: readonly Scored[]): number | null {
  const fraud = scored.filter((s) => s.fraud).map((s) => s.probability);
  const genuine = scored.filter((s) => !s.fraud).map((s) => s.probability);
  if (!fraud.length || !genuine.length) return null;
  let wins = 0;
  for (const f of fraud) for (const g of genuine) wins += f > g ? 1 : f === g ? 0.5 : 0;
  return Number((wins / (fraud.length * genuine.length)).toFixed(3));
}

export interface SetFigures {
  set: string;
  fraud: number;
  genuine: number;
  auc: number | null;
  caution: Confusion;
  high: Confusion;
}

/** Figures for each set; `thresholdsOf` gives the thresholds that apply to an example. */
export function figuresBySet<T extends Scored>(
  scored: readonly T[],
  thresholdsOf: (s: T) => Thresholds,
): SetFigures[] {
  return [...new Set(scored.map((s) => s.set))].sort().map((set) => {
    const items = scored.filter((s) => s.set === set);
    const at = (level: keyof Thresholds) =>
      confusion(items.map((s) => ({ fraud: s.fraud, flagged: s.probability >= thresholdsOf(s)[level] })));
    return {
      set,
      fraud: items.filter((s) => s.fraud).length,
      genuine: items.filter((s) => !s.fraud).length,
      auc: rocAuc(items),
      caution: at('caution'),
      high: at('high'),
    };
  });
}
