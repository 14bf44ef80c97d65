/**
 * Scores the analyser on real, hand-labelled development data kept outside the repository
 * (`npm run accuracy -- --real DIR`), with the metrics the project is judged by.
 *
 * Two readings are printed:
 * - rules alone (the fraud model off). The rules were written while reading this data, so these
 *   figures are optimistic: they are not cross-validated and say so;
 * - rules with the fraud model, k-fold cross-validated: every item is scored by a model trained
 *   without its fold (and without its near-duplicates), at thresholds chosen on the other folds;
 * - the same with random folds, where a near-duplicate of an item may be trained on: how the model
 *   does on a fresh sample of the same collections, in which known campaigns recur.
 */
import { analyzeListing, type FraudModelChoice } from '../lib/analysis/analyze';
import { assignFolds, crossValidate, type FoldSplit } from '../lib/analysis/fraud-model/cross-validate';
import type { Analysis } from '../lib/analysis/types';
import { toFraudExamples } from './real-data/examples';
import { TRAINING } from './train';
import { loadRealData, RealDataError, type ListingItem, type RealItem } from './real-data/load';

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const counts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const f1 = (c: Counts) => {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return +((2 * p * r) / (p + r || 1)).toFixed(3);
};

function tally(
  total: Counts,
  perLabel: Map<string, Counts>,
  want: readonly string[],
  got: readonly string[],
) {
  const wanted = new Set(want);
  const label = (l: string) => perLabel.get(l) ?? perLabel.set(l, counts()).get(l)!;
  for (const l of new Set(got)) {
    const kind = wanted.has(l) ? 'tp' : 'fp';
    total[kind]++;
    label(l)[kind]++;
  }
  for (const l of wanted)
    if (!got.includes(l)) {
      total.fn++;
      label(l).fn++;
    }
}

const near = (a: number | undefined, b: number | undefined) =>
  a == null || b == null || Math.abs(a - b) <= Math.max(0.005, Math.abs(b) * 0.001);

/** A share as "n/d (p%)". */
const share = (n: number, d: number) => `${n}/${d} (${d ? Math.round((100 * n) / d) : 0}%)`;

export interface RealScore {
  taskTypeF1: number;
  payBasisF1: number;
  taskTypes: Map<string, Counts>;
  payBases: Map<string, Counts>;
  payAmounts: string;
  scamsHigh: string;
  genuineHigh: string;
  genuineFlagged: string;
  scamsHighWithUrl: string;
  genuineHighWithUrl: string;
  genuineFlaggedWithUrl: string;
  emscadFraudHigh: string;
  emscadGenuineHigh: string;
  emscadGenuineFlagged: string;
  misses: string[];
}

type Analyse = (item: RealItem, withUrl: boolean) => Analysis;

/** The project's metrics over real items, analysed by `analyse`. */
export function scoreReal(items: readonly RealItem[], analyse: Analyse): RealScore {
  const tt = counts();
  const pb = counts();
  const taskTypes = new Map<string, Counts>();
  const payBases = new Map<string, Counts>();
  const n = {
    pay: 0,
    payHit: 0,
    scam: 0,
    scamHigh: 0,
    scamHighUrl: 0,
    genuine: 0,
    genuineHigh: 0,
    genuineFlagged: 0,
    withUrl: 0,
    genuineHighUrl: 0,
    genuineFlaggedUrl: 0,
    scamUrl: 0,
    fraud: 0,
    fraudHigh: 0,
    ok: 0,
    okHigh: 0,
    okFlagged: 0,
  };
  const misses: string[] = [];
  for (const item of items) {
    if (item.set === 'emscad') {
      const risk = analyse(item, false).risk.level;
      if (item.labels.fraudulent) {
        n.fraud++;
        if (risk === 'high') n.fraudHigh++;
      } else {
        n.ok++;
        if (risk === 'high') {
          n.okHigh++;
          misses.push(`${item.id}: genuine ad rated high`);
        }
        if (risk !== 'low') n.okFlagged++;
      }
      continue;
    }
    scoreListing(item, analyse, n, misses, { tt, pb, taskTypes, payBases });
  }
  return {
    taskTypeF1: f1(tt),
    payBasisF1: f1(pb),
    taskTypes,
    payBases,
    payAmounts: share(n.payHit, n.pay),
    scamsHigh: share(n.scamHigh, n.scam),
    genuineHigh: share(n.genuineHigh, n.genuine),
    genuineFlagged: share(n.genuineFlagged, n.genuine),
    scamsHighWithUrl: share(n.scamHighUrl, n.scamUrl),
    genuineHighWithUrl: share(n.genuineHighUrl, n.withUrl),
    genuineFlaggedWithUrl: share(n.genuineFlaggedUrl, n.withUrl),
    emscadFraudHigh: share(n.fraudHigh, n.fraud),
    emscadGenuineHigh: share(n.okHigh, n.ok),
    emscadGenuineFlagged: share(n.okFlagged, n.ok),
    misses,
  };
}

function scoreListing(
  item: ListingItem,
  analyse: Analyse,
  n: Record<string, number>,
  misses: string[],
  t: { tt: Counts; pb: Counts; taskTypes: Map<string, Counts>; payBases: Map<string, Counts> },
) {
  const a = analyse(item, false);
  const L = item.labels;
  const risk = a.risk.level;
  const withUrl = item.url ? analyse(item, true).risk.level : undefined;
  if (L.risk === 'high') {
    n.scam++;
    if (risk === 'high') n.scamHigh++;
    else misses.push(`${item.id}: scam rated ${risk}`);
    if (withUrl) {
      n.scamUrl++;
      if (withUrl === 'high') n.scamHighUrl++;
      else misses.push(`${item.id}: scam rated ${withUrl} with its address`);
    }
  }
  if (L.risk === 'low') {
    n.genuine++;
    if (risk === 'high') misses.push(`${item.id}: genuine rated high`);
    if (risk === 'high') n.genuineHigh++;
    if (risk !== 'low') n.genuineFlagged++;
    if (withUrl) {
      n.withUrl++;
      if (withUrl === 'high') misses.push(`${item.id}: genuine rated high with its address`);
      if (withUrl === 'high') n.genuineHighUrl++;
      if (withUrl !== 'low') n.genuineFlaggedUrl++;
    }
    tally(
      t.tt,
      t.taskTypes,
      L.taskTypes,
      a.taskTypes.map((x) => x.id),
    );
    tally(
      t.pb,
      t.payBases,
      L.payBases,
      a.payBases.map((x) => x.id),
    );
  }
  for (const p of L.pay) {
    n.pay++;
    const hit = a.pay.some(
      (q) =>
        q.currency === p.currency &&
        near(q.min ?? q.max, p.min ?? p.max) &&
        near(q.max ?? q.min, p.max ?? p.min),
    );
    if (hit) n.payHit++;
    else misses.push(`${item.id}: pay ${p.min}–${p.max} ${p.currency} not found`);
  }
}

const inputOf = (item: RealItem, withUrl: boolean) => ({
  url: withUrl ? item.url : undefined,
  title: item.title,
  text: item.text,
});

/** Each item's fraud model: its out-of-fold probability, at its fold's thresholds. */
function crossValidatedModels(items: readonly RealItem[], split: FoldSplit) {
  const { seed, folds } = TRAINING;
  const { examples } = toFraudExamples(items);
  const cv = crossValidate(examples, { ...TRAINING, split });
  // The same deterministic assignment crossValidate makes: the fold each item was held out in.
  const assigned = assignFolds(examples, folds, seed, split);
  const foldOf = new Map(examples.map((e, i) => [e.id, assigned[i]]));
  const byFold = cv.report.folds.map((f) => f.thresholds);
  return (item: RealItem): FraudModelChoice | null => {
    const probability = cv.outOfFold.get(item.id);
    const fold = foldOf.get(item.id);
    // Items in neither class (labelled caution) are not trained on nor counted: rules alone.
    if (probability === undefined || fold === undefined) return null;
    const { caution, high } = byFold[fold];
    return { scorer: () => ({ probability, phrases: [] }), caution, high };
  };
}

function printScore(title: string, s: RealScore) {
  console.log(`\n${title}`);
  const rows: [string, string | number][] = [
    ['task-type F1 (genuine listings)', s.taskTypeF1],
    ['pay-basis F1 (genuine listings)', s.payBasisF1],
    ['stated pay amounts found', s.payAmounts],
    ['scams rated high', s.scamsHigh],
    ['scams rated high, with address', s.scamsHighWithUrl],
    ['genuine rated high', s.genuineHigh],
    ['genuine rated high, with address', s.genuineHighWithUrl],
    ['genuine flagged', s.genuineFlagged],
    ['genuine flagged, with address', s.genuineFlaggedWithUrl],
    ['EMSCAD fraudulent rated high', s.emscadFraudHigh],
    ['EMSCAD genuine rated high', s.emscadGenuineHigh],
    ['EMSCAD genuine flagged', s.emscadGenuineFlagged],
  ];
  for (const [k, v] of rows) console.log(`  ${k.padEnd(34)} ${v}`);
}

function printLabels(title: string, perLabel: Map<string, Counts>) {
  console.log(`\n${title}\n  ${'label'.padEnd(24)} precision  recall   tp  fp  fn`);
  for (const [label, c] of [...perLabel].sort(([a], [b]) => a.localeCompare(b))) {
    const p = c.tp / (c.tp + c.fp || 1);
    const r = c.tp / (c.tp + c.fn || 1);
    console.log(
      `  ${label.padEnd(24)} ${p.toFixed(2).padStart(9)} ${r.toFixed(2).padStart(7)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`,
    );
  }
}

export function runRealAccuracy(dir: string, args: readonly string[]): number {
  let items: RealItem[];
  try {
    items = loadRealData(dir).items;
  } catch (error) {
    if (error instanceof RealDataError) {
      console.error(`accuracy --real: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const { folds } = TRAINING;
  const rulesOnly = scoreReal(items, (item, withUrl) =>
    analyzeListing(inputOf(item, withUrl), { fraudModel: null }),
  );
  const crossValidated = (split: FoldSplit) => {
    const modelFor = crossValidatedModels(items, split);
    return scoreReal(items, (item, withUrl) =>
      analyzeListing(inputOf(item, withUrl), { fraudModel: modelFor(item) }),
    );
  };
  const withModel = crossValidated('grouped');
  const randomFolds = crossValidated('random');
  if (args.includes('--json')) {
    const plain = (s: RealScore) => ({
      ...s,
      taskTypes: Object.fromEntries(s.taskTypes),
      payBases: Object.fromEntries(s.payBases),
    });
    console.log(
      JSON.stringify({
        items: items.length,
        rulesOnly: plain(rulesOnly),
        crossValidated: plain(withModel),
        crossValidatedRandomFolds: plain(randomFolds),
      }),
    );
    return 0;
  }
  console.log(`Real development data: ${items.length} items from ${dir}`);
  printScore('Rules alone (written while reading this data: not cross-validated, optimistic)', rulesOnly);
  printScore(
    `Rules and fraud model, ${folds}-fold cross-validated (model trained without each item's fold and its near-duplicates)`,
    withModel,
  );
  printScore(
    `Rules and fraud model, ${folds}-fold cross-validated with random folds (near-duplicates may be trained on)`,
    randomFolds,
  );
  printLabels('Task types, per label (rules; genuine listings)', rulesOnly.taskTypes);
  printLabels('Pay bases, per label (rules; genuine listings)', rulesOnly.payBases);
  if (args.includes('--misses')) {
    console.log('\nMisses (cross-validated run):');
    for (const m of withModel.misses) console.log(`  ${m}`);
  }
  return 0;
}
