#!/usr/bin/env node
// `npm start`: builds TaskLens and opens Chromium with it on bundled demo listings, served under
// their real URLs (nothing is fetched from the network). With no display it runs headless, saves
// screenshots of the panel and the dashboard, prints where, and exits.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium, INSTALL_HINT } from './chromium-path.mjs';
import { openExtensionContext, panelFrame } from './extension-context.mjs';

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

const { context, extensionId } = await openExtensionContext({
  executablePath,
  extensionDir,
  files: served,
  headless,
  viewport: headless ? { width: 1280, height: 860 } : null,
});

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
  const panel = await panelFrame(page, extensionId);
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
