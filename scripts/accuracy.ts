/**
 * Scores the analyser against the hand-labelled corpus in tests/corpus: per-label precision and
 * recall for task types, pay bases, pay amounts (by unit) and risk, plus false `high` on genuine entries.
 * Usage: npm run accuracy [-- --json] [-- --verbose]
 *        npm run accuracy -- --real [DIR] [--misses] [--json]   (real data kept outside the repository)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeListing } from '../lib/analysis/analyze';
import type { Analysis, PayAmount } from '../lib/analysis/types';
import { runRealAccuracy } from './accuracy-real';
import { DEFAULT_REAL_DIR } from './real-data/load';

export interface CorpusPay {
  min: number;
  max: number;
  currency: string;
  unit: PayAmount['unit'];
  per?: number;
  kind?: 'base' | 'claim';
}

export interface CorpusEntry {
  id: string;
  source: string;
  url?: string;
  title?: string;
  text: string;
  labels: { taskTypes: string[]; payBases: string[]; pay: CorpusPay[]; risk: 'low' | 'caution' | 'high' };
}

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'corpus');

export function loadCorpus(dir = CORPUS_DIR): CorpusEntry[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as CorpusEntry),
    );
}

export interface LabelScore {
  label: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Mismatch {
  id: string;
  group: string;
  expected: string[];
  got: string[];
}

export interface AccuracyReport {
  entries: number;
  taskTypes: LabelScore[];
  payBases: LabelScore[];
  pay: LabelScore[];
  payKindAccuracy: number;
  risk: LabelScore[];
  falseHighOnGenuine: string[];
  mismatches: Mismatch[];
}

class Tally {
  private counts = new Map<string, { tp: number; fp: number; fn: number }>();
  add(label: string, kind: 'tp' | 'fp' | 'fn') {
    const c = this.counts.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    c[kind]++;
    this.counts.set(label, c);
  }
  scores(): LabelScore[] {
    return [...this.counts]
      .map(([label, c]) => ({
        label,
        ...c,
        // A label never predicted and never expected scores 1; one with no predictions scores precision 1.
        precision: c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1,
        recall: c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1,
      }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }
}

function compareSets(tally: Tally, expected: string[], got: string[]): boolean {
  const want = new Set(expected);
  const have = new Set(got);
  for (const l of have) tally.add(l, want.has(l) ? 'tp' : 'fp');
  for (const l of want) if (!have.has(l)) tally.add(l, 'fn');
  return want.size === have.size && [...want].every((l) => have.has(l));
}

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.005, Math.abs(b) * 0.01);
const samePay = (p: PayAmount, l: CorpusPay) =>
  close(p.min, l.min) &&
  close(p.max, l.max) &&
  p.currency === l.currency &&
  p.unit === l.unit &&
  p.per === (l.per ?? 1);
const payKey = (p: { min: number; max: number; currency: string; unit: string; per?: number }) =>
  `${p.min}-${p.max} ${p.currency}/${(p.per ?? 1) === 1 ? '' : `${p.per} `}${p.unit}`;

export function computeAccuracy(
  corpus = loadCorpus(),
  // The corpus holds the rules to what they claim; the fraud model is judged by cross-validation
  // on real data (`--real`), since self-written text says nothing about a model learned from real ads.
  analyze: (e: CorpusEntry) => Analysis = (e) =>
    analyzeListing({ url: e.url, title: e.title, text: e.text }, { fraudModel: null }),
): AccuracyReport {
  const tasks = new Tally();
  const bases = new Tally();
  const pay = new Tally();
  const risk = new Tally();
  const mismatches: Mismatch[] = [];
  const falseHighOnGenuine: string[] = [];
  let kindChecked = 0;
  let kindRight = 0;
  for (const entry of corpus) {
    const a = analyze(entry);
    const gotTasks = a.taskTypes.map((t) => t.id);
    if (!compareSets(tasks, entry.labels.taskTypes, gotTasks)) {
      mismatches.push({ id: entry.id, group: 'taskTypes', expected: entry.labels.taskTypes, got: gotTasks });
    }
    const gotBases = a.payBases.map((b) => b.id);
    if (!compareSets(bases, entry.labels.payBases, gotBases)) {
      mismatches.push({ id: entry.id, group: 'payBases', expected: entry.labels.payBases, got: gotBases });
    }
    const unmatched = [...a.pay];
    let payOk = unmatched.length === entry.labels.pay.length;
    for (const l of entry.labels.pay) {
      const i = unmatched.findIndex((p) => samePay(p, l));
      if (i < 0) {
        pay.add(l.unit, 'fn');
        payOk = false;
        continue;
      }
      pay.add(l.unit, 'tp');
      kindChecked++;
      if (unmatched[i].kind === (l.kind ?? 'base')) kindRight++;
      else payOk = false;
      unmatched.splice(i, 1);
    }
    for (const p of unmatched) pay.add(p.unit, 'fp');
    if (!payOk) {
      mismatches.push({
        id: entry.id,
        group: 'pay',
        expected: entry.labels.pay.map((l) => `${payKey(l)} ${l.kind ?? 'base'}`),
        got: a.pay.map((p) => `${payKey(p)} ${p.kind}`),
      });
    }
    compareSets(risk, [entry.labels.risk], [a.risk.level]);
    if (entry.labels.risk !== a.risk.level) {
      mismatches.push({
        id: entry.id,
        group: 'risk',
        expected: [entry.labels.risk],
        got: [`${a.risk.level}: ${a.risk.reason}`],
      });
    }
    if (entry.labels.risk !== 'high' && a.risk.level === 'high') falseHighOnGenuine.push(entry.id);
  }
  return {
    entries: corpus.length,
    taskTypes: tasks.scores(),
    payBases: bases.scores(),
    pay: pay.scores(),
    payKindAccuracy: kindChecked ? kindRight / kindChecked : 1,
    risk: risk.scores(),
    falseHighOnGenuine,
    mismatches,
  };
}

function table(title: string, scores: LabelScore[]): string {
  const f = (n: number) => n.toFixed(2);
  const rows = scores.map(
    (s) =>
      `  ${s.label.padEnd(22)} ${f(s.precision).padStart(9)} ${f(s.recall).padStart(7)}   tp ${s.tp} fp ${s.fp} fn ${s.fn}`,
  );
  return [`${title}`, `  ${'label'.padEnd(22)} precision  recall`, ...rows].join('\n');
}

function main() {
  const args = process.argv.slice(2);
  const real = args.indexOf('--real');
  if (real >= 0) {
    const dir = args[real + 1] && !args[real + 1].startsWith('--') ? args[real + 1] : DEFAULT_REAL_DIR;
    process.exitCode = runRealAccuracy(dir, args);
    return;
  }
  const report = computeAccuracy();
  if (args.includes('--json')) {
    console.log(JSON.stringify(report));
    return;
  }
  console.log(
    `Corpus: ${report.entries} self-written entries (${CORPUS_DIR}), rules without the fraud model\n`,
  );
  console.log(table('Task types', report.taskTypes), '\n');
  console.log(table('Pay bases', report.payBases), '\n');
  console.log(table('Pay amounts (by unit)', report.pay));
  console.log(`  claim/base correct on matched amounts: ${(report.payKindAccuracy * 100).toFixed(0)}%\n`);
  console.log(table('Risk', report.risk), '\n');
  console.log(
    `False "high" on genuine entries: ${report.falseHighOnGenuine.length}${report.falseHighOnGenuine.length ? ` (${report.falseHighOnGenuine.join(', ')})` : ''}`,
  );
  if (args.includes('--verbose')) {
    console.log('\nMismatches:');
    for (const m of report.mismatches)
      console.log(
        `  ${m.id} [${m.group}] expected ${JSON.stringify(m.expected)} got ${JSON.stringify(m.got)}`,
      );
  } else {
    console.log(`${report.mismatches.length} mismatches (run with --verbose to list them).`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
