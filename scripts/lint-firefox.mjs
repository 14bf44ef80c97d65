#!/usr/bin/env node
// Runs Mozilla's add-on validator (the one addons.mozilla.org uses) on the Firefox build.
// Errors fail the run; each warning that remains is explained in README.md.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const dir = resolve(process.env.TASKLENS_OUT_DIR ?? '.output', 'firefox-mv2');
const result = spawnSync('npx', ['addons-linter', '--output', 'json', dir], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  console.error(result.stdout, result.stderr);
  process.exit(1);
}
const show = (kind) =>
  report[kind].forEach((m) =>
    console.log(`  ${kind.slice(0, -1)}: ${m.code} ${m.file ?? ''} — ${m.message}`),
  );
console.log(
  `addons-linter: ${report.count} messages (${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices)`,
);
show('errors');
show('warnings');
process.exit(report.summary.errors > 0 ? 1 : 0);
