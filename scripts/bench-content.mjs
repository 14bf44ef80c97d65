#!/usr/bin/env node
// Main-thread cost of TaskLens on the host page: the same pages loaded in Chromium with and
// without the extension, in one run, compared by the renderer's own script and task time (CDP
// Performance.getMetrics). The panel's React runs in its own extension frame, so what is measured
// here is the content script: URL check, extraction, and mounting the panel host.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumArgs, findChromium, INSTALL_HINT } from './chromium-path.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const SETTLE_MS = 400;
const root = resolve(import.meta.dirname, '..');
const extensionDir = resolve(root, process.env.TASKLENS_OUT_DIR ?? '.output', 'chrome-mv3');
const pagesDir = resolve(root, 'tests/e2e/pages');
const pages = JSON.parse(readFileSync(resolve(pagesDir, 'pages.json'), 'utf8'));
const cases = [
  { name: 'non-listing page (LinkedIn feed)', ...pages.linkedinFeed, target: 5 },
  { name: 'listing page (Outlier)', ...pages.outlier, target: 30 },
  { name: 'listing page (LinkedIn job)', ...pages.linkedinJob, target: 30 },
];

const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

async function launch(withExtension) {
  const baseArgs = chromiumArgs(extensionDir);
  const args = withExtension ? baseArgs : baseArgs.filter((a) => !a.includes('extension'));
  const context = await chromium.launchPersistentContext('', { executablePath, headless: true, args });
  const files = new Map(cases.map((c) => [c.url, resolve(pagesDir, c.file)]));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    const file = files.get(url);
    return file ? route.fulfill({ contentType: 'text/html', body: readFileSync(file) }) : route.abort();
  });
  if (withExtension && !context.serviceWorkers().length) await context.waitForEvent('serviceworker');
  return context;
}

async function measure(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  const get = (n) => (metrics.find((m) => m.name === n)?.value ?? 0) * 1000;
  return { script: get('ScriptDuration'), task: get('TaskDuration') };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const results = [];
const contexts = { without: await launch(false), with: await launch(true) };
for (const c of cases) {
  const samples = { with: [], without: [] };
  for (let i = 0; i < RUNS; i++) {
    // Interleave so both sides see the same machine load.
    for (const side of ['without', 'with']) samples[side].push(await measure(contexts[side], c.url));
  }
  const added = {
    script: median(samples.with.map((s) => s.script)) - median(samples.without.map((s) => s.script)),
    task: median(samples.with.map((s) => s.task)) - median(samples.without.map((s) => s.task)),
  };
  results.push({
    case: c.name,
    addedScriptMs: +added.script.toFixed(2),
    addedTaskMs: +added.task.toFixed(2),
    targetMs: c.target,
  });
}
await contexts.with.close();
await contexts.without.close();

console.log(`Main-thread time added by TaskLens (median of ${RUNS} loads each, with vs without):`);
for (const r of results) {
  const verdict = r.addedTaskMs <= r.targetMs ? 'within' : 'OVER';
  console.log(
    `  ${r.case.padEnd(36)} script +${r.addedScriptMs.toFixed(1)} ms, main-thread tasks +${r.addedTaskMs.toFixed(1)} ms (${verdict} target ${r.targetMs} ms)`,
  );
}
console.log(JSON.stringify({ bench: 'content-script', runs: RUNS, results }));
