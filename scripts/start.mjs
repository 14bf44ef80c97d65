#!/usr/bin/env node
// `npm start`: builds TaskLens and opens Chromium with it on bundled demo listings, served under
// their real URLs (nothing is fetched from the network). With no display it runs headless, saves
// screenshots of the panel and the dashboard, prints where, and exits.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium, INSTALL_HINT } from './chromium-path.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.TASKLENS_OUT_DIR ?? '.output');
const extensionDir = resolve(outDir, 'chrome-mv3');
const shotsDir = resolve(root, 'out', 'screenshots');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const pagesDir = resolve(root, 'tests/e2e/pages');
const demo = JSON.parse(readFileSync(resolve(pagesDir, 'pages.json'), 'utf8'));
const served = new Map(Object.values(demo).map(({ url, file }) => [url, resolve(pagesDir, file)]));

const context = await chromium.launchPersistentContext('', {
  executablePath,
  headless,
  args: chromiumArgs(extensionDir),
  viewport: headless ? { width: 1280, height: 860 } : null,
});
await context.route('**/*', (route) => {
  const url = route.request().url();
  if (url.startsWith('chrome-extension://')) return route.continue();
  const file = served.get(url);
  if (!file || !existsSync(file)) return route.abort('blockedbyclient');
  return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file) });
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;

async function panelOf(page) {
  for (let i = 0; i < 200; i++) {
    const frame = page
      .frames()
      .find((f) => f.url().startsWith(`chrome-extension://${extensionId}/panel.html`));
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error(`No panel appeared on ${page.url()}`);
}

const listings = [demo.outlier, demo.linkedinJob, ...Object.values(demo).filter((p) => p.demo)];
if (!headless) {
  for (const { url } of listings) await (await context.newPage()).goto(url);
  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html`);
  console.log('TaskLens is running in Chromium. Close the browser window to stop.');
  await new Promise((done) => context.on('close', done));
  process.exit(0);
}

mkdirSync(shotsDir, { recursive: true });
const shots = [];
const stages = ['screening', 'applied'];
for (const [i, { url }] of listings.entries()) {
  const page = await context.newPage();
  await page.goto(url);
  const panel = await panelOf(page);
  await panel.getByRole('button', { name: /save to my log/i }).waitFor();
  const name = new URL(url).hostname.split('.').slice(-2, -1)[0];
  const path = resolve(shotsDir, `panel-${name}.png`);
  await page.screenshot({ path });
  shots.push(path);
  if (stages[i]) {
    await panel.getByLabel(/stage/i).first().selectOption(stages[i]);
    await panel.getByRole('button', { name: /save to my log/i }).click();
    await panel.getByTestId('saved-status').waitFor();
  }
}
const dashboard = await context.newPage();
for (const view of ['table', 'board', 'insights']) {
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#view=${view}`);
  await dashboard.reload();
  await dashboard.getByRole('main').waitFor();
  await dashboard.waitForTimeout(400); // charts and live queries settle
  const path = resolve(shotsDir, view === 'table' ? 'dashboard.png' : `dashboard-${view}.png`);
  await dashboard.screenshot({ path, fullPage: true });
  shots.push(path);
}
await context.close();
console.log(
  `No display found, so TaskLens ran headless. Screenshots:\n${shots.map((s) => `  ${s}`).join('\n')}`,
);
