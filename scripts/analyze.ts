/**
 * Analyse saved listings: npm run analyze -- [--pretty] FILE...
 * FILE is .txt (the listing text), .html (page text, JSON-LD JobPosting read) or .json
 * ({ "url"?, "title"?, "text" } or { "html" }). One JSON line per file; a file that cannot be read
 * or parsed gets { "file", "error" } and the exit code is 1 once all files are done.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { analyzeListing } from '../lib/analysis/analyze';
import { flagInfoOf } from '../lib/analysis/flag-info';
import { PAY_BASIS_INFO, TASK_TYPE_INFO } from '../lib/analysis/catalog';
import { AnalysisInput, type Analysis } from '../lib/analysis/types';

function inputFor(file: string): AnalysisInput {
  const raw = readFileSync(file, 'utf8');
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') return { text: '', html: raw };
  if (ext === '.json') {
    const parsed = AnalysisInput.partial({ text: true }).safeParse(JSON.parse(raw));
    if (!parsed.success)
      throw new Error(`not a listing object: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    const { text, html } = parsed.data;
    if (!text && !html) throw new Error('the JSON object has neither "text" nor "html"');
    return { ...parsed.data, text: text ?? '' };
  }
  return { text: raw };
}

function money(p: Analysis['pay'][number]): string {
  const amount = p.min === p.max ? `${p.min}` : `${p.min}–${p.max}`;
  const per = p.per === 1 ? '' : `${p.per.toLocaleString('en-US')} `;
  return `${amount} ${p.currency} per ${per}${p.unit.replace('_', ' ')}${p.kind === 'claim' ? ' (claim, not a base rate)' : ''}`;
}

function pretty(file: string, a: Analysis): string {
  const lines = [`${file}`, `  Risk: ${a.risk.level.toUpperCase()} – ${a.risk.reason}`];
  lines.push(
    `  Work: ${a.taskTypes.length ? a.taskTypes.map((t) => `${TASK_TYPE_INFO[t.id].title} (${t.score})`).join(', ') : 'not described'}`,
  );
  lines.push(`  Pay basis: ${a.payBases.map((b) => PAY_BASIS_INFO[b.id].title).join(', ') || 'not stated'}`);
  for (const p of a.pay) lines.push(`  Pay: ${money(p)}  ← "${p.text}"`);
  for (const f of a.redFlags) {
    const where = f.evidence[0] ? `  ← "${f.evidence[0].snippet}"` : '';
    lines.push(`  ! ${flagInfoOf(f.id).title} [${f.severity}]${where}`);
  }
  for (const g of a.goodSignals) lines.push(`  + ${flagInfoOf(g.id).title}`);
  return lines.join('\n');
}

function main(): number {
  const args = process.argv.slice(2);
  const asPretty = args.includes('--pretty');
  const files = args.filter((a) => a !== '--pretty');
  if (!files.length) {
    console.error('Usage: npm run analyze -- [--pretty] FILE...   (FILE: .txt, .html or .json)');
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    let analysis: Analysis;
    try {
      analysis = analyzeListing(inputFor(file));
    } catch (err) {
      failed++;
      const error = err instanceof Error ? err.message : String(err);
      console.log(asPretty ? `${file}\n  Error: ${error}` : JSON.stringify({ file, error }));
      continue;
    }
    const { taskTypes, payBases, pay, redFlags, goodSignals, risk } = analysis;
    console.log(
      asPretty
        ? pretty(file, analysis)
        : JSON.stringify({ file, taskTypes, payBases, pay, redFlags, goodSignals, risk }),
    );
    if (asPretty) console.log('');
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
