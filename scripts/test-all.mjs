#!/usr/bin/env node
// `npm test`: every check the project has, in the order that fails fastest.
import { spawnSync } from 'node:child_process';
import { findChromium, INSTALL_HINT } from './chromium-path.mjs';

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['build (Chrome)', 'npx', ['wxt', 'build']],
  ['build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']],
  ['Firefox add-on lint (addons-linter)', 'node', ['scripts/lint-firefox.mjs']],
  ['store packages', 'npx', ['wxt', 'zip']],
  ['store packages (Firefox, with sources)', 'npx', ['wxt', 'zip', '-b', 'firefox']],
  ['end-to-end tests (Chromium)', 'npx', ['playwright', 'test']],
  // Skipped with a loud notice when no Firefox is installed, unless CI requires it.
  ['end-to-end tests (Firefox)', 'node', ['scripts/test-firefox.mjs']],
];

if (!findChromium()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const started = Date.now();
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const t = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
  console.log(`✔ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
