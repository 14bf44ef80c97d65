import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type HTTPRequest, type Page } from 'puppeteer-core';
import { findFirefox, FIREFOX_INSTALL_HINT } from '../../scripts/firefox-path.mjs';

export const EXTENSION_DIR = resolve(process.env.TASKLENS_OUT_DIR ?? '.output', 'firefox-mv2');

/** Firefox's own services (remote settings and the like): their requests are the browser's. */
const FIREFOX_SERVICE_HOST = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)(:\d+)?$/;

/** Loads that never reach the network: inline data, blobs and the extension's own files. */
const LOCAL_URL = /^(data|blob|moz-extension):/;

/**
 * Polls `probe` until it returns a value other than undefined or false. Frames come and go while
 * pages load, so a probe that throws is simply tried again.
 */
export async function until<T>(
  what: string | (() => string),
  probe: () => Promise<T | undefined | false>,
  timeout = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const described = typeof what === 'string' ? what : what();
  throw new Error(`Timed out after ${timeout} ms waiting for ${described} (last: ${String(last)})`);
}

/**
 * An HTTP proxy that refuses every request and writes it down. Firefox sends all its traffic
 * here, so whatever gets past request interception (the add-on's background page is no browsing
 * context WebDriver BiDi shows, so its requests cannot be intercepted) is still seen.
 */
async function startRefusingProxy(record: (target: string) => void): Promise<Server> {
  const proxy = createServer((request, response) => {
    record(request.url ?? '');
    response.writeHead(403).end();
  });
  proxy.on('connect', (request, socket) => {
    record(`https://${request.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  return proxy;
}

function hostOf(target: string): string {
  try {
    return new URL(target).host;
  } catch {
    return target;
  }
}

/**
 * Headless Firefox (fresh profile, offline) with the built Firefox add-on installed over WebDriver
 * BiDi. Tabs opened with openTab get pages served from files under their real https URLs; every
 * other request is aborted.
 */
export class FirefoxWithExtension {
  /** Requests made from the extension's frames and pages, as WebDriver BiDi reports them. */
  readonly extensionRequests: string[] = [];
  /** Requests that got past interception to the network (Firefox's own services left out). */
  readonly escapedRequests: string[] = [];
  /** Requests of Firefox's own services, kept apart: they are the browser's, not TaskLens's. */
  readonly firefoxServiceRequests: string[] = [];
  /** Errors the browser logged from extension code (its pages, panel or background). */
  readonly extensionErrors: string[] = [];
  /** Warnings the browser logged from extension code. */
  readonly extensionWarnings: string[] = [];

  private readonly served = new Map<string, Buffer>();
  private proxy?: Server;
  private launched?: Browser;

  private constructor() {}

  static async launch(): Promise<FirefoxWithExtension> {
    const executablePath = findFirefox();
    if (!executablePath) throw new Error(FIREFOX_INSTALL_HINT);
    const firefox = new FirefoxWithExtension();
    try {
      await firefox.start(executablePath);
    } catch (error) {
      await firefox.close();
      throw error;
    }
    return firefox;
  }

  get browser(): Browser {
    if (!this.launched) throw new Error('Firefox is not running.');
    return this.launched;
  }

  private async start(executablePath: string) {
    this.proxy = await startRefusingProxy((target) =>
      (FIREFOX_SERVICE_HOST.test(hostOf(target)) ? this.firefoxServiceRequests : this.escapedRequests).push(
        target,
      ),
    );
    const { port } = this.proxy.address() as AddressInfo;
    this.launched = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath,
      headless: true,
      defaultViewport: { width: 1280, height: 900 },
      timeout: 60_000,
      protocolTimeout: 60_000,
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        // Console messages of pages and of the browser go to its standard output, where the
        // extension's errors are picked out (the background page is out of BiDi's sight).
        'devtools.console.stdout.chrome': true,
        'devtools.console.stdout.content': true,
      },
    });
    this.readBrowserOutput();
    await this.launched.installExtension(EXTENSION_DIR);
  }

  /** Picks the extension's errors and warnings out of what Firefox prints. */
  private readBrowserOutput() {
    const child = this.browser.process();
    for (const stream of [child?.stdout, child?.stderr]) {
      let pending = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        const lines = (pending + chunk).split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
          if (!line.includes('moz-extension://')) continue;
          if (/^JavaScript error:/.test(line)) this.extensionErrors.push(line);
          else if (/^JavaScript warning:/.test(line)) this.extensionWarnings.push(line);
        }
      });
    }
  }

  /** Pages to serve (real URL → file) in tabs opened from now on. */
  serve(pages: Record<string, string>) {
    for (const [url, file] of Object.entries(pages)) this.served.set(url, readFileSync(file));
  }

  /** A new tab at `url`, which must be one of the served pages. */
  async openTab(url: string): Promise<Page> {
    const page = await this.browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => this.answer(page, request));
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  /** Serves a known page, lets local loads through, aborts the rest. */
  private answer(page: Page, request: HTTPRequest) {
    const url = request.url();
    if (LOCAL_URL.test(url)) return void request.continue();
    // The served pages hold no frames of their own: a request from a child frame is the panel's.
    if (request.frame() !== page.mainFrame()) this.extensionRequests.push(`${url} (from a frame)`);
    const body = this.served.get(url) ?? this.served.get(url.replace(/#.*$/, ''));
    if (!body) return void request.abort('blockedbyclient');
    return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
  }

  /**
   * Runs `action`, which makes the extension open a tab, and returns that tab once it shows
   * `path` of the extension. Its requests are not intercepted: any it makes reach the proxy.
   */
  async tabOpenedBy(action: () => Promise<void>, path: string): Promise<Page> {
    const created = new Promise<Page | null>((done) =>
      this.browser.once('targetcreated', (target) => done(target.page())),
    );
    await action();
    const page = await until('a new tab', () => created.then((p) => p ?? undefined));
    page.on('request', (request) => {
      if (!LOCAL_URL.test(request.url())) this.extensionRequests.push(`${request.url()} (from ${path})`);
    });
    await until(`the tab to show ${path}`, async () => {
      const href = await page.evaluate(() => location.href);
      return href.startsWith('moz-extension://') && new URL(href).pathname === path;
    });
    return page;
  }

  /**
   * What was recorded since the last call, leaving a clean slate: the requests that left the
   * extension (its own and any that escaped), its errors and its warnings.
   */
  takeRecord() {
    const take = (list: string[]) => list.splice(0, list.length);
    return {
      requests: [...take(this.extensionRequests), ...take(this.escapedRequests)],
      errors: take(this.extensionErrors),
      warnings: take(this.extensionWarnings),
    };
  }

  async close() {
    try {
      await this.launched?.close();
    } finally {
      this.proxy?.close();
    }
  }
}

export interface PanelFrame {
  frame: Frame;
  /** moz-extension://<this profile's UUID for the add-on> */
  origin: string;
}

/**
 * The panel's frame in `page`: an extension page in an iframe inside a closed shadow root. BiDi
 * reports no navigation inside extension frames, so Puppeteer keeps calling it about:blank; the
 * frame's own location tells which one it is.
 */
export async function panelFrame(page: Page, timeout = 20_000): Promise<PanelFrame> {
  return until(
    'the TaskLens panel',
    async () => {
      for (const frame of page.frames()) {
        if (frame === page.mainFrame()) continue;
        const href = await frame.evaluate(() => location.href).catch(() => '');
        if (!href.startsWith('moz-extension://')) continue;
        const url = new URL(href);
        if (url.pathname !== '/panel.html') continue;
        // Wait for the panel to have drawn either the listing or its collapsed tab.
        const drawn = await frame.evaluate(
          () => !!document.querySelector('[data-testid="listing-title"], [data-testid="collapsed-tab"]'),
        );
        // URL.origin is 'null' for schemes Node does not know; build it from the parts.
        if (drawn) return { frame, origin: `${url.protocol}//${url.host}` };
      }
      return undefined;
    },
    timeout,
  );
}

/** True when the page holds a panel host element. */
export function hasPanelHost(page: Page): Promise<boolean> {
  return page.evaluate(() => document.querySelector('tasklens-panel') !== null);
}

/** The trimmed text of the element with `data-testid`, or null when there is none. */
export function textOf(frame: Frame | Page, testId: string): Promise<string | null> {
  return frame.evaluate(
    (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? null,
    testId,
  );
}

/** Waits until the element with `data-testid` has text that `accept` agrees to; returns it. */
export function waitForText(
  frame: Frame | Page,
  testId: string,
  accept: (text: string) => boolean,
  timeout = 15_000,
): Promise<string> {
  let seen: string | null = null;
  return until(
    () => `[data-testid="${testId}"] to read right (it read ${JSON.stringify(seen)})`,
    async () => {
      seen = await textOf(frame, testId);
      return seen !== null && accept(seen) ? seen : undefined;
    },
    timeout,
  );
}
