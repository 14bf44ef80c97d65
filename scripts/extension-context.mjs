import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs } from './chromium-path.mjs';

/**
 * Chromium with the built extension, through Playwright (in a throwaway profile unless
 * `userDataDir` names one), serving `files` (URL → path of an HTML
 * file) under their real URLs and refusing every other request. Resolves once the background
 * listens for tab loads, as it injects the listing script on them.
 */
export async function openExtensionContext({
  executablePath,
  extensionDir,
  files,
  headless = true,
  viewport,
  userDataDir = '',
}) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    args: chromiumArgs(extensionDir),
    ...(viewport !== undefined ? { viewport } : {}),
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    // The extension's own files are loaded through the network stack too; let them through.
    if (url.startsWith('chrome-extension://')) return route.continue();
    const file = files.get(url);
    if (!file) return route.abort('blockedbyclient');
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file) });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  while (!(await worker.evaluate(() => globalThis.chrome.tabs.onUpdated.hasListeners()).catch(() => false))) {
    await new Promise((r) => setTimeout(r, 50));
  }
  return { context, extensionId: new URL(worker.url()).host };
}

/** The panel's frame inside `page` (an extension page in a closed shadow root). */
export async function panelFrame(page, extensionId, timeout = 10_000) {
  const prefix = `chrome-extension://${extensionId}/panel.html`;
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => f.url().startsWith(prefix));
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error('The TaskLens panel did not appear on the page.');
}
