/**
 * Trains the learned fraud signal on the real development data (read from outside the repository,
 * never copied into it): stratified, grouped 5-fold cross-validation with per-fold and pooled
 * figures for EMSCAD and for the listings, thresholds chosen on out-of-fold probabilities, then a
 * model trained on all of it, written with its thresholds and figures to
 * lib/analysis/fraud-model/weights.json. Same data, same file, byte for byte.
 *
 * A second cross-validation with random folds is reported beside the grouped one: grouped folds
 * score every ad as a campaign never seen; random folds score it as a fresh ad from the same
 * collection, where copies of a known campaign recur. Thresholds come from the grouped run.
 *
 * Usage: npm run train [-- --real DIR] [-- --dry-run] [-- --json]
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { fraudModelText } from '../lib/analysis/analyze';
import { crossValidate, type CrossValidation } from '../lib/analysis/fraud-model/cross-validate';
import { extractFeatures, spanOf } from '../lib/analysis/fraud-model/features';
import { figuresBySet, type SetFigures } from '../lib/analysis/fraud-model/metrics';
import { createFraudScorer } from '../lib/analysis/fraud-model/score';
import { trainFraudModel, type TrainOptions } from '../lib/analysis/fraud-model/train';
import { FraudModelWeights } from '../lib/analysis/fraud-model/weights';
import { textKind, toFraudExamples } from './real-data/examples';
import { DEFAULT_REAL_DIR, loadRealData, RealDataError, type RealItem } from './real-data/load';

export const WEIGHTS_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'lib',
  'analysis',
  'fraud-model',
  'weights.json',
);

/** The options the shipped model is trained with. */
export const TRAINING: TrainOptions & { folds: number } = {
  seed: 20_170_106,
  epochs: 40,
  l2: 1e-5,
  buckets: 2 ** 18,
  minGroups: 3,
  folds: 5,
};

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function printFigures(label: string, sets: SetFigures[]) {
  console.log(`\n${label}`);
  console.log(
    `  ${'set'.padEnd(10)}${'fraud/genuine'.padStart(14)}${'AUC'.padStart(7)}  ${'level'.padEnd(8)}${'precision'.padStart(10)}${'recall'.padStart(8)}${'F1'.padStart(7)}${'genuine flagged'.padStart(17)}`,
  );
  for (const s of sets) {
    for (const level of ['caution', 'high'] as const) {
      const c = s[level];
      console.log(
        `  ${(level === 'caution' ? s.set : '').padEnd(10)}${(level === 'caution' ? `${s.fraud}/${s.genuine}` : '').padStart(14)}${(level === 'caution' ? String(s.auc ?? '-') : '').padStart(7)}  ${level.padEnd(8)}${c.precision.toFixed(3).padStart(10)}${c.recall.toFixed(3).padStart(8)}${c.f1.toFixed(3).padStart(7)}${`${c.fp}/${c.fp + c.tn} (${pct(c.genuineRate)})`.padStart(17)}`,
      );
    }
  }
}

/** Out-of-fold figures by kind of text (messages, listing pages, EMSCAD ads). */
function figuresByKind(items: RealItem[], cv: CrossValidation): SetFigures[] {
  const scored = items
    .filter((i) => cv.outOfFold.has(i.id))
    .map((i) => ({
      set: textKind(i),
      fraud: i.set === 'emscad' ? i.labels.fraudulent : i.labels.risk === 'high',
      probability: cv.outOfFold.get(i.id)!,
    }));
  return figuresBySet(scored, () => cv.thresholds);
}

/** The n-grams behind the largest weights, read back from the training texts. */
function strongestFeatures(weights: FraudModelWeights, items: RealItem[], count: number) {
  const names = new Map<number, Set<string>>();
  for (const item of items) {
    const read = fraudModelText(item.title, item.text);
    const f = extractFeatures(read.title, read.text, weights.buckets);
    f.buckets.forEach((b, i) => {
      const span = spanOf(f, i);
      const source = span.field === 'title' ? read.title : read.text;
      const phrase = `${span.field === 'title' ? 'title: ' : ''}${source.slice(span.start, span.end).toLowerCase().replace(/\s+/g, ' ')}`;
      const set = names.get(b) ?? new Set();
      if (set.size < 3) set.add(phrase);
      names.set(b, set);
    });
  }
  const ranked = weights.hashed.buckets
    .map((b, i) => ({ phrase: [...(names.get(b) ?? [])].join(' | '), weight: weights.hashed.weights[i] }))
    .sort((a, b) => b.weight - a.weight || a.phrase.localeCompare(b.phrase));
  return { fraud: ranked.slice(0, count), genuine: ranked.slice(-count).reverse() };
}

async function main() {
  const { values } = parseArgs({
    options: {
      real: { type: 'string', default: DEFAULT_REAL_DIR },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      epochs: { type: 'string' },
      l2: { type: 'string' },
      'min-groups': { type: 'string' },
    },
  });
  const options = {
    ...TRAINING,
    ...(values.epochs ? { epochs: Number(values.epochs) } : {}),
    ...(values.l2 ? { l2: Number(values.l2) } : {}),
    ...(values['min-groups'] ? { minGroups: Number(values['min-groups']) } : {}),
  };
  const data = loadRealData(values.real);
  const { examples, caution } = toFraudExamples(data.items);
  const count = (set: string, fraud: boolean) =>
    examples.filter((e) => e.set === set && e.fraud === fraud).length;
  const sizes = {
    listingsFraud: count('listings', true),
    listingsGenuine: count('listings', false),
    listingsCautionHeldOut: caution.length,
    emscadFraud: count('emscad', true),
    emscadGenuine: count('emscad', false),
    emscadSkippedShort: data.skippedShort,
  };
  console.log(
    `Data: listings ${sizes.listingsFraud} fraud / ${sizes.listingsGenuine} genuine (${caution.length} caution held out); EMSCAD ${sizes.emscadFraud} fraud / ${sizes.emscadGenuine} genuine (${data.skippedShort} too short, skipped)`,
  );

  const cv = crossValidate(examples, options);
  for (const fold of cv.report.folds) {
    printFigures(
      `Fold ${fold.fold} (${fold.examples} examples; thresholds from the other folds: caution ${fold.thresholds.caution}, high ${fold.thresholds.high})`,
      fold.sets,
    );
  }
  printFigures('All folds pooled, each at thresholds chosen without it', cv.report.pooled);
  printFigures(
    `Out-of-fold at the final thresholds (caution ${cv.thresholds.caution}, high ${cv.thresholds.high}; chosen on these, so slightly optimistic)`,
    cv.report.atChosenThresholds,
  );
  const byKind = figuresByKind(data.items, cv);
  printFigures('Out-of-fold by kind of text, at the final thresholds', byKind);

  const randomFolds = crossValidate(examples, { ...options, split: 'random' });
  printFigures(
    'Random folds (near-duplicates may be split): all folds pooled, each at thresholds chosen without it',
    randomFolds.report.pooled,
  );

  const trained = trainFraudModel(examples, { ...options, thresholds: cv.thresholds });
  const scorer = createFraudScorer(trained);
  // Caution items were never trained on: where the final model puts them is a fair held-out view.
  const cautionLevels = caution.map((item) => {
    const read = fraudModelText(item.title, item.text);
    const p = scorer(read.title, read.text).probability;
    return p >= cv.thresholds.high ? 'high' : p >= cv.thresholds.caution ? 'caution' : 'low';
  });
  const cautionSummary = Object.fromEntries(
    (['low', 'caution', 'high'] as const).map((l) => [l, cautionLevels.filter((x) => x === l).length]),
  );
  console.log(
    `\nListings labelled caution (not trained on), rated by the final model: ${JSON.stringify(cautionSummary)}`,
  );

  const weights: FraudModelWeights = {
    ...trained,
    meta: {
      ...trained.meta,
      data: sizes,
      crossValidation: {
        folds: options.folds,
        grouped: 'near-duplicates (same company blurb, opening or site) share a fold',
        thresholdTargets: 'genuine at high <= 2% and flagged <= 20%, in each set',
        pooled: cv.report.pooled,
        byKind,
        randomFoldsPooled: randomFolds.report.pooled,
        perFold: cv.report.folds.map((f) => ({
          fold: f.fold,
          thresholds: f.thresholds,
          sets: f.sets.map((s) => ({ set: s.set, auc: s.auc, caution: s.caution, high: s.high })),
        })),
      },
      cautionHeldOut: cautionSummary,
    },
  };
  FraudModelWeights.parse(weights);
  const strongest = strongestFeatures(weights, data.items, 15);
  console.log('\nStructural weights:', JSON.stringify(weights.structural), `bias ${weights.bias}`);
  console.log('Strongest toward fraud:');
  for (const s of strongest.fraud) console.log(`  ${s.weight.toFixed(3).padStart(8)}  ${s.phrase}`);
  console.log('Strongest toward genuine:');
  for (const s of strongest.genuine) console.log(`  ${s.weight.toFixed(3).padStart(8)}  ${s.phrase}`);

  // Written as Prettier would, so the formatting check passes and the file stays byte-stable.
  const json = await format(JSON.stringify(weights), {
    ...(await resolveConfig(WEIGHTS_FILE)),
    filepath: WEIGHTS_FILE,
  });
  console.log(`\nWeights: ${weights.hashed.buckets.length} hashed, ${(json.length / 1024).toFixed(0)} KB`);
  if (values['dry-run']) console.log('Dry run: weights.json left as it was.');
  else {
    writeFileSync(WEIGHTS_FILE, json);
    console.log(`Wrote ${WEIGHTS_FILE.replace(process.cwd() + '/', '')}`);
  }
  if (values.json)
    console.log(
      JSON.stringify({
        thresholds: cv.thresholds,
        pooled: cv.report.pooled,
        byKind,
        randomFoldsPooled: randomFolds.report.pooled,
      }),
    );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    if (!(e instanceof RealDataError)) throw e;
    console.error(e.message);
    process.exit(2);
  });
}
