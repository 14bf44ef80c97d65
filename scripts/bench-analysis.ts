/**
 * Analysis speed: a typical listing (~5 KB), a long one (~100 KB) and 1 MB of hostile text.
 * Prints a table, then one JSON line (for scripts/bench.mjs). Targets: typical median < 1 ms,
 * time linear in size, no single run over 100 ms.
 *
 * Times are CPU time of this process (what one core spends), so other work on a shared machine
 * does not count against the analyser; wall-clock medians are printed alongside.
 */
import { analyzeListing } from '../lib/analysis/analyze';
import { hostileText, typicalListing } from '../tests/analysis/inputs';
import { printTimingTable, timeCpu, type SizedTiming, type TextCase } from './cpu-timing';

function measure({ name, text, runs }: TextCase): SizedTiming {
  const timing = timeCpu(
    () => analyzeListing({ title: 'AI Trainer', text, url: 'https://example.com/jobs/1' }),
    runs,
    text.length,
  );
  return { name, bytes: text.length, ...timing };
}

const cases: TextCase[] = [
  { name: 'typical listing (~5 KB)', text: typicalListing(5_000), runs: 500 },
  { name: 'long listing (~100 KB)', text: typicalListing(100_000), runs: 50 },
  { name: 'hostile text (1 MB)', text: hostileText(1_000_000), runs: 10 },
];
const results = cases.map(measure);

printTimingTable('Listing analysis speed (CPU time on one core)', results);
const [typical, long] = results;
// Per-byte cost of the long listing against the typical one: near 1 means time grows linearly.
const linearity = +(long.medianMs / long.bytes / (typical.medianMs / typical.bytes)).toFixed(2);
const targets = {
  typicalUnder1ms: typical.medianMs < 1,
  noneOver100ms: results.every((r) => r.maxMs < 100),
  linearity,
};
console.log(
  `\nTargets: typical median < 1 ms: ${targets.typicalUnder1ms ? 'yes' : 'NO'}; every run < 100 ms: ${targets.noneOver100ms ? 'yes' : 'NO'}; per-byte cost long/typical: ${linearity}×`,
);
console.log(JSON.stringify({ bench: 'analysis', results, targets }));
