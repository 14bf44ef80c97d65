/**
 * Speed of the learned fraud signal with the shipped weights: a typical listing (~5 KB), a long
 * one (~100 KB) and 1 MB of hostile text. Prints a table, then one JSON line (for scripts/bench.mjs).
 * Targets: typical median < 0.3 ms, hostile 1 MB median < 30 ms, time linear in size.
 *
 * Times are CPU time of this process (what one core spends), so other work on a shared machine
 * does not count against the scorer; wall-clock medians are printed alongside.
 */
import { loadavg } from 'node:os';
import { loadShippedFraudScorer } from '../lib/analysis/fraud-model/shipped';
import { hostileText, typicalListing } from '../tests/analysis/inputs';
import { printTimingTable, timeCpu, type SizedTiming, type TextCase } from './cpu-timing';

const score = loadShippedFraudScorer();

function measure({ name, text, runs }: TextCase): SizedTiming {
  const timing = timeCpu(() => score('AI Trainer', text), runs, text.length);
  return { name, bytes: text.length, ...timing };
}

const cases: TextCase[] = [
  { name: 'typical listing (~5 KB)', text: typicalListing(5_000), runs: 1000 },
  { name: 'long listing (~100 KB)', text: typicalListing(100_000), runs: 50 },
  { name: 'hostile text (1 MB)', text: hostileText(1_000_000), runs: 15 },
];
const results = cases.map(measure);

printTimingTable('Fraud model scoring speed (CPU time on one core)', results);
const [typical, long, hostile] = results;
// Per-byte cost of the long listing against the typical one: near 1 means time grows linearly.
const linearity = +(long.medianMs / long.bytes / (typical.medianMs / typical.bytes)).toFixed(2);
const load = +loadavg()[0].toFixed(1);
const targets = {
  typicalUnder0_3ms: typical.medianMs < 0.3,
  hostileUnder30ms: hostile.medianMs < 30,
  linearity,
};
console.log(
  `\nTargets: typical median < 0.3 ms: ${targets.typicalUnder0_3ms ? 'yes' : 'NO'}; hostile 1 MB median < 30 ms: ${targets.hostileUnder30ms ? 'yes' : 'NO'}; per-byte cost long/typical: ${linearity}×; machine load average ${load}`,
);
console.log(JSON.stringify({ bench: 'fraud-model', results, targets, loadAverage: load }));
