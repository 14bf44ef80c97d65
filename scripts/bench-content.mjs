#!/usr/bin/env node
// Main-thread cost of TaskLens on the host page: the same pages loaded in Chromium with and
// without the extension, in one run, compared by the renderer's own counters (CDP
// Performance.getMetrics): script time, the main thread's CPU time (the verdict: everything the
// thread does for TaskLens, from script to style, layout and frame set-up) and the wall-clock time
// of its tasks, which also counts time the thread spends waiting for a core while other processes
// run, and so swings by several ms between runs even on a page where TaskLens runs nothing. The
// panel's React runs in its own extension frame, so what lands on the page's main thread is the
// content script's work: injection, extraction and the panel host with its frame. Chromium is
// driven over a bare DevTools pipe, so no test tooling runs in the page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumArgs, findChromium, INSTALL_HINT } from './chromium-path.mjs';
import { median } from './median.mjs';
import { launchOverPipe, openFixtureTab, waitForBackground } from './cdp-pipe.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const SETTLE_MS = 400;
const root = resolve(import.meta.dirname, '..');
const extensionDir = resolve(root, process.env.TASKLENS_OUT_DIR ?? '.output', 'chrome-mv3');
const pagesDir = resolve(root, 'tests/e2e/pages');
const pages = JSON.parse(readFileSync(resolve(pagesDir, 'pages.json'), 'utf8'));
const cases = [
  { name: 'non-listing page (LinkedIn feed)', ...pages.linkedinFeed, target: 5 },
  { name: 'listing page (Outlier)', ...pages.outlier, target: 20 },
  { name: 'listing page (LinkedIn job)', ...pages.linkedinJob, target: 20 },
];

const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

async function launch(withExtension) {
  const baseArgs = chromiumArgs(extensionDir);
  const args = withExtension ? baseArgs : baseArgs.filter((a) => !a.includes('extension'));
  const browser = await launchOverPipe(executablePath, args);
  if (withExtension) {
    // The background injects the listing script on tab loads: wait until it listens for them.
    await waitForBackground(browser);
  }
  return browser;
}

const files = new Map(cases.map((c) => [c.url, resolve(pagesDir, c.file)]));

async function measure(browser, url) {
  const tab = await openFixtureTab(browser, files);
  await browser.send('Performance.enable', {}, tab.sessionId);
  await tab.load(url);
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const { metrics } = await browser.send('Performance.getMetrics', {}, tab.sessionId);
  await tab.close();
  const get = (n) => (metrics.find((m) => m.name === n)?.value ?? 0) * 1000;
  return { script: get('ScriptDuration'), task: get('TaskDuration'), thread: get('ThreadTime') };
}

const signed = (ms) => `${ms < 0 ? '−' : '+'}${Math.abs(ms).toFixed(1)}`;

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
    thread: median(samples.with.map((s) => s.thread)) - median(samples.without.map((s) => s.thread)),
  };
  results.push({
    case: c.name,
    addedScriptMs: +added.script.toFixed(2),
    addedCpuMs: +added.thread.toFixed(2),
    addedTaskMs: +added.task.toFixed(2),
    pageAloneCpuMs: +median(samples.without.map((s) => s.thread)).toFixed(2),
    pageAloneTaskMs: +median(samples.without.map((s) => s.task)).toFixed(2),
    targetMs: c.target,
  });
}
await contexts.with.close();
await contexts.without.close();

console.log(`Main-thread time added by TaskLens (median of ${RUNS} loads each, with vs without):`);
for (const r of results) {
  const verdict = r.addedCpuMs <= r.targetMs ? 'within' : 'OVER';
  console.log(
    `  ${r.case.padEnd(34)} script ${signed(r.addedScriptMs)} ms, main-thread CPU ${signed(r.addedCpuMs)} ms (${verdict} target ${r.targetMs} ms), wall-clock tasks ${signed(r.addedTaskMs)} ms`,
  );
}
// How much longer the main thread's tasks take than its CPU time on this machine, the page alone.
const stretch = results.map((r) => r.pageAloneTaskMs / r.pageAloneCpuMs).filter(Number.isFinite);
console.log(
  `  (without TaskLens, these pages' tasks take ${Math.min(...stretch).toFixed(1)}–${Math.max(...stretch).toFixed(1)}× their CPU time here: time the main thread waits for a core)`,
);
console.log(JSON.stringify({ bench: 'content-script', runs: RUNS, results }));
