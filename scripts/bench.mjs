#!/usr/bin/env node
// `npm run bench`: every speed and size measurement, one after another (they share two cores).
// Each part is its own script named scripts/bench-<part>.{ts,mjs}; pass part names to run a subset.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = resolve(import.meta.dirname);
const wanted = process.argv.slice(2);
const parts = readdirSync(dir)
  .filter((f) => /^bench-[\w-]+\.(ts|mjs)$/.test(f))
  .sort()
  .filter((f) => !wanted.length || wanted.some((w) => f.includes(w)));

let failed = 0;
for (const file of parts) {
  console.log(`\n=== ${file} ===`);
  const runner = file.endsWith('.ts') ? ['npx', ['tsx', resolve(dir, file)]] : ['node', [resolve(dir, file)]];
  const result = spawnSync(runner[0], runner[1], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
