#!/usr/bin/env node
// End-to-end tests of the Firefox build (<out dir>/firefox-mv2) in a real, headless Firefox, driven
// over WebDriver BiDi by Puppeteer. Without a Firefox the run fails where one is required (CI, or
// TASKLENS_REQUIRE_FIREFOX=1 as .ci/run sets) and is skipped with a loud notice elsewhere, so a
// machine without Firefox can still run `npm test`. Extra arguments go to `node --test`
// (e.g. --test-name-pattern=dashboard).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FIREFOX_INSTALL_HINT, findFirefox } from './firefox-path.mjs';

const TESTS_DIR = 'tests/e2e-firefox';
const extensionDir = resolve(process.env.TASKLENS_OUT_DIR ?? '.output', 'firefox-mv2');
const isSet = (value) => Boolean(value) && value !== '0' && value !== 'false';

if (!findFirefox()) {
  const required = isSet(process.env.CI) || isSet(process.env.TASKLENS_REQUIRE_FIREFOX);
  const rule = '!'.repeat(78);
  console.error(
    [
      rule,
      required
        ? 'FAILED: the Firefox end-to-end tests need a Firefox, and none was found.'
        : 'SKIPPED: the Firefox end-to-end tests did NOT run: no Firefox was found.',
      FIREFOX_INSTALL_HINT,
      rule,
    ].join('\n'),
  );
  process.exit(required ? 1 : 0);
}

if (!existsSync(join(extensionDir, 'manifest.json'))) {
  console.error(`No Firefox build at ${extensionDir}. Run \`npm run build:firefox\` first (npm test does).`);
  process.exit(1);
}

const files = readdirSync(TESTS_DIR)
  .filter((name) => name.endsWith('.spec.ts'))
  .sort()
  .map((name) => join(TESTS_DIR, name));
const result = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/test-summary-reporter.mjs',
    '--test-reporter-destination=stdout',
    ...process.argv.slice(2),
    ...files,
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
