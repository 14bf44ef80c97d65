import { test as base, chromium, expect, type BrowserContext, type Frame, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumArgs, findChromium, INSTALL_HINT } from '../../scripts/chromium-path.mjs';
export { panelFrame } from '../../scripts/extension-context.mjs';

export { expect };

export const EXTENSION_DIR = resolve(process.env.TASKLENS_OUT_DIR ?? '.output', 'chrome-mv3');

export interface ServedPage {
  body: string | Buffer;
  contentType?: string;
}

type ChromeGlobal = { chrome: { tabs: { onUpdated: { hasListeners(): boolean } } } };

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** Serve pages under their real URLs; every other request is aborted. */
  serve: (pages: Record<string, string | ServedPage>) => Promise<void>;
  /** Network requests made by the extension itself (its pages or its service worker). */
  extensionRequests: string[];
}

/**
 * The built extension in a real Chromium: persistent context, headless, offline. Pages are served
 * from files under their real https URLs with context.route; anything else is aborted.
 */
export const test = base.extend<Harness>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error(INSTALL_HINT);
    process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
    const context = await chromium.launchPersistentContext('', {
      executablePath,
      headless: true,
      args: chromiumArgs(EXTENSION_DIR),
      viewport: { width: 1280, height: 900 },
    });
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // A freshly installed worker hears tab events only once its listeners are registered.
    await expect
      .poll(() =>
        worker
          .evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.tabs.onUpdated.hasListeners())
          .catch(() => false),
      )
      .toBe(true);
    await use(new URL(worker.url()).host);
  },
  extensionRequests: async ({ context }, use) => {
    const seen: string[] = [];
    context.on('request', (request) => {
      const url = request.url();
      if (/^(chrome-extension|data|blob):/.test(url)) return;
      const fromWorker = Boolean(request.serviceWorker());
      const frameUrl = fromWorker ? '' : safeFrameUrl(request);
      if (fromWorker || frameUrl.startsWith('chrome-extension://')) seen.push(url);
    });
    await use(seen);
  },
  serve: async ({ context }, use) => {
    const pages = new Map<string, ServedPage>();
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      // The extension's own files are loaded through the network stack too; let them through.
      if (url.startsWith('chrome-extension://')) return route.continue();
      const page = pages.get(url) ?? pages.get(url.replace(/#.*$/, ''));
      if (!page) return route.abort('blockedbyclient');
      return route.fulfill({
        status: 200,
        contentType: page.contentType ?? 'text/html; charset=utf-8',
        body: page.body,
      });
    });
    await use(async (add) => {
      for (const [url, page] of Object.entries(add)) {
        pages.set(url, typeof page === 'string' ? { body: readFileSync(page) } : page);
      }
    });
  },
});

function safeFrameUrl(request: { frame(): Frame }): string {
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}

/** True when the page holds a panel host; the page's own scripts cannot see inside it. */
export async function hasPanelHost(page: Page): Promise<boolean> {
  return (await page.locator('tasklens-panel').count()) > 0;
}

/**
 * What is inside the closed shadow root, read the way only a debugger can (CDP, pierce: true).
 * Returns the node names found under the panel host.
 */
export async function shadowContents(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: CdpNode;
  };
  await cdp.detach();
  const host = findNode(root, (n) => n.nodeName === 'TASKLENS-PANEL');
  const names: string[] = [];
  const walk = (n: CdpNode) => {
    names.push(n.nodeName + (n.shadowRootType ? `#${n.shadowRootType}` : ''));
    for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) walk(c);
  };
  if (host) walk(host);
  return names;
}

interface CdpNode {
  nodeName: string;
  shadowRootType?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function findNode(node: CdpNode, match: (n: CdpNode) => boolean): CdpNode | undefined {
  if (match(node)) return node;
  for (const c of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = findNode(c, match);
    if (found) return found;
  }
  return undefined;
}

/** Opens one of the extension's own pages (dashboard, popup) in a new tab. */
export async function openExtensionPage(context: BrowserContext, extensionId: string, path: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}
