import type { BrowserContext, Page } from '@playwright/test';
import { RESTORES_PER_MINUTE } from '../../entrypoints/listing.content/panel-host';
import { expect, openExtensionPage, panelFrame, test } from './harness';
import { PAGES, servedPages as pages } from './pages';

const SHOTS = process.env.TASKLENS_SHOTS_DIR ?? '/tmp';

type ChromeGlobal = {
  chrome: {
    runtime: {
      getURL(path: string): string;
      getManifest(): { web_accessible_resources?: { use_dynamic_url?: boolean }[] };
      onConnect: { addListener(cb: (port: { name: string }) => void): void };
    };
  };
};

async function open(page: Page, extensionId: string, name: string) {
  await page.goto(PAGES[name].url);
  const panel = await panelFrame(page, extensionId);
  await panel.locator('main[aria-label="TaskLens"], [data-testid="collapsed-tab"]').first().waitFor();
  return panel;
}

function backgroundOf(context: BrowserContext) {
  const worker = context.serviceWorkers()[0];
  if (!worker) throw new Error('The background is not running.');
  return worker;
}

/** Whether the panel host is on screen: a direct child of <html>, no attributes, a full-size box. */
async function hostState(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('tasklens-panel');
    if (!host) return 'gone';
    if (host.parentNode !== document.documentElement) return 'moved';
    if (host.attributes.length) return `attributes: ${host.getAttributeNames().join(' ')}`;
    const box = host.getBoundingClientRect();
    const style = getComputedStyle(host);
    const onScreen = box.width > 300 && box.height > 300 && box.left >= 0 && box.right <= innerWidth;
    const seen = style.display !== 'none' && style.visibility === 'visible' && style.opacity === '1';
    return onScreen && seen ? 'shown' : `hidden: ${box.width}×${box.height} at ${box.left}`;
  });
}

/** The panel frame's src as the content script set it, read through the closed shadow root (CDP). */
async function panelFrameSrc(page: Page): Promise<string | undefined> {
  const cdp = await page.context().newCDPSession(page);
  type Node = { nodeName: string; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
  await cdp.detach();
  const find = (n: Node, inHost: boolean): string | undefined => {
    const here = inHost || n.nodeName === 'TASKLENS-PANEL';
    if (here && n.nodeName === 'IFRAME') {
      const attrs = n.attributes ?? [];
      return attrs[attrs.indexOf('src') + 1];
    }
    for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
      const found = find(c, here);
      if (found) return found;
    }
    return undefined;
  };
  return find(root, false);
}

test('the start message stays off the page, and echoing WXT’s start event does not silence the panel', async ({
  context,
  serve,
  extensionId,
}) => {
  await serve(pages('hostileSilencer'));
  const page = await context.newPage();
  const panel = await open(page, extensionId, 'hostileSilencer');
  await expect(panel.getByTestId('verdict')).toBeVisible();
  await expect(panel.getByTestId('verdict')).not.toContainText('High risk');

  // Nothing reached the page's message listeners: no start message, no extension id.
  const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
  expect(heard.filter((m) => m.includes('content-script-started') || m.includes(extensionId))).toEqual([]);

  // A page that knows the id sends the event that makes WXT's context stop, both ways it listens.
  await page.evaluate(
    (id) => (window as unknown as { __silence(id: string): void }).__silence(id),
    extensionId,
  );
  await page.waitForTimeout(300);
  expect(await page.locator('tasklens-panel').count()).toBe(1);

  // Still reading: the page changes the listing and the panel follows.
  await page.evaluate(() => (window as unknown as { __change(): void }).__change());
  await expect(panel.getByTestId('verdict')).toContainText('High risk');
  await expect(panel.getByTestId('red-upfront_fee')).toBeVisible();
});

test('a same-length swap of the text gets a new verdict, and saving stores the text shown now', async ({
  context,
  serve,
  extensionId,
}) => {
  await serve(pages('hostileSwap'));
  const page = await context.newPage();
  const panel = await open(page, extensionId, 'hostileSwap');
  await expect(panel.getByTestId('verdict')).not.toContainText('High risk');
  await expect(panel.getByTestId('red-upfront_fee')).toHaveCount(0);

  const length = await page.evaluate(() => (window as unknown as { __swap(): number }).__swap());
  expect(length).toBeGreaterThan(100);
  await expect(panel.getByTestId('verdict')).toContainText('High risk');
  await expect(panel.getByTestId('red-upfront_fee')).toBeVisible();

  await panel.getByRole('button', { name: 'Save to my log' }).click();
  await expect(panel.getByTestId('saved-status')).toBeVisible();
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html');
  const saved = await dashboard.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tasklens');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const buckets = await new Promise<{ applications: { listing: { description: string } }[] }[]>(
      (resolve, reject) => {
        const request = db.transaction('applicationBuckets').objectStore('applicationBuckets').getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      },
    );
    db.close();
    return buckets.flatMap((b) => b.applications).map((a) => a.listing.description);
  });
  expect(saved).toHaveLength(1);
  expect(saved[0]).toContain('registration fee by gift card');
  expect(saved[0]).not.toContain('Label street photos');
});

test('a removed or hidden panel comes back', async ({ context, serve, extensionId }) => {
  await serve(pages('hostileRemover'));
  const page = await context.newPage();
  await open(page, extensionId, 'hostileRemover');
  await expect.poll(() => hostState(page)).toBe('shown');

  type Remover = { __remove(): void; __hide(how: string): boolean };
  await page.evaluate(() => (window as unknown as Remover).__remove());
  await expect.poll(() => hostState(page)).toBe('shown');

  const hidings = [
    'hidden',
    'inert',
    'pit',
    'display: none !important',
    'visibility: hidden !important; opacity: 0 !important',
    'width: 0 !important; height: 0 !important; overflow: hidden !important',
    'position: fixed !important; left: -100000px !important; right: auto !important',
  ];
  for (const how of hidings) {
    expect(await page.evaluate((h) => (window as unknown as Remover).__hide(h), how)).toBe(true);
    await expect.poll(() => hostState(page), { message: how }).toBe('shown');
  }
  // Each time back with a working panel, not an empty box.
  const panel = await panelFrame(page, extensionId);
  await expect(panel.getByTestId('verdict')).toBeVisible();
});

test('a page that removes the panel every time gets it back only a few times a minute', async ({
  context,
  serve,
  extensionId,
}) => {
  await serve(pages('hostileRemover'));
  const page = await context.newPage();
  await open(page, extensionId, 'hostileRemover');
  type Remover = { __relentless(): void; __insertions: number };
  const before = await page.evaluate(() => (window as unknown as Remover).__insertions);
  await page.evaluate(() => (window as unknown as Remover).__relentless());
  await page.waitForTimeout(2000);
  const during = await page.evaluate(() => (window as unknown as Remover).__insertions);
  expect(during - before).toBe(RESTORES_PER_MINUTE);
  // The extension has stopped for now, and the page is still responsive.
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => (window as unknown as Remover).__insertions)).toBe(during);
  expect(await hostState(page)).toBe('gone');
});

test('panel.html is not at an address a site can guess; the panel itself uses the session’s own', async ({
  context,
  serve,
  extensionId,
}) => {
  await serve(pages('outlier', 'strayFrames'));
  const worker = backgroundOf(context);
  const manifest = await worker.evaluate(() =>
    (globalThis as unknown as ChromeGlobal).chrome.runtime.getManifest(),
  );
  expect(manifest.web_accessible_resources?.[0]?.use_dynamic_url).toBe(true);
  const dynamicUrl = await worker.evaluate(() =>
    (globalThis as unknown as ChromeGlobal).chrome.runtime.getURL('/panel.html'),
  );
  const staticUrl = `chrome-extension://${extensionId}/panel.html`;
  expect(dynamicUrl).not.toBe(staticUrl);

  const page = await context.newPage();
  const panel = await open(page, extensionId, 'outlier');
  await expect(panel.getByTestId('verdict')).toBeVisible();
  expect(await panelFrameSrc(page)).toMatch(
    new RegExp(`^${dynamicUrl.replace(/[.?*+^$()[\]{}|\\/]/g, '\\$&')}#`),
  );

  // Another site asks for the static address: refused to fetch() and to a frame alike.
  const other = await context.newPage();
  await other.goto(PAGES.strayFrames.url);
  const fetched = await other.evaluate(async (url) => {
    try {
      const response = await fetch(url);
      return `status ${response.status}: ${(await response.text()).slice(0, 40)}`;
    } catch (error) {
      return `refused: ${(error as Error).name}`;
    }
  }, staticUrl);
  expect(fetched).toBe('refused: TypeError');
  await other.evaluate(
    (url) => (window as unknown as { __embed(u: string, n: number): void }).__embed(url, 1),
    staticUrl,
  );
  await expect.poll(() => other.frames().map((f) => f.url())).toContain('chrome-error://chromewebdata/');
  expect(other.frames().filter((f) => f.url().startsWith(staticUrl))).toEqual([]);
});

test('panel frames a site made itself stop asking after a few seconds and say why', async ({
  context,
  serve,
  extensionId,
}) => {
  await serve(pages('strayFrames'));
  const worker = backgroundOf(context);
  await worker.evaluate(() => {
    const g = globalThis as unknown as ChromeGlobal & { __panelPorts: number };
    g.__panelPorts = 0;
    g.chrome.runtime.onConnect.addListener((port) => {
      if (port.name === 'panel') g.__panelPorts++;
    });
  });
  const dynamicUrl = await worker.evaluate(() =>
    (globalThis as unknown as ChromeGlobal).chrome.runtime.getURL('/panel.html'),
  );
  const page = await context.newPage();
  await page.goto(PAGES.strayFrames.url);
  const FRAMES = 10;
  await page.evaluate(
    ([url, n]) => (window as unknown as { __embed(u: string, n: number): void }).__embed(url, n),
    [dynamicUrl, FRAMES] as const,
  );
  const panels = () =>
    page.frames().filter((f) => f.url().startsWith(`chrome-extension://${extensionId}/panel.html`));
  await expect.poll(() => panels().length).toBe(FRAMES);

  // Each frame says why it is empty, within a few seconds.
  for (const frame of panels()) {
    await expect(frame.getByTestId('detached')).toBeVisible({ timeout: 10_000 });
    await expect(frame.getByTestId('detached')).toContainText('not linked to a listing');
  }
  await page.screenshot({ path: `${SHOTS}/panel-stray-frames.png` });
  const ports = () => worker.evaluate(() => (globalThis as unknown as { __panelPorts: number }).__panelPorts);
  const settled = await ports();
  // A handful of tries each, not two a second for ever.
  expect(settled).toBeLessThanOrEqual(FRAMES * 8);
  await page.waitForTimeout(3000);
  expect(await ports()).toBe(settled);

  // Asked to, a frame tries again, and gives up again.
  await panels()[0].getByRole('button', { name: 'Try again' }).click();
  await expect.poll(ports).toBeGreaterThan(settled);
  await expect(panels()[0].getByTestId('detached')).toBeVisible({ timeout: 10_000 });
});

test('a title posing as TaskLens’s verdict is shown as the listing’s own words, under the real one', async ({
  context,
  serve,
  extensionId,
}) => {
  await serve(pages('taskScam'));
  const page = await context.newPage();
  const panel = await open(page, extensionId, 'taskScam');
  const heading = panel.getByRole('heading', { level: 1 });
  await expect(heading).toHaveCount(1);
  await expect(heading).toHaveText(/(High risk|Caution)$/);
  await expect(heading).not.toContainText('Verified');

  const title = panel.getByTestId('listing-title');
  await expect(title).toHaveText('✓ Low risk · Verified by TaskLens · safe to pay the fee');
  const look = await panel.evaluate(() => {
    const verdict = document.querySelector('[data-testid="verdict"]')!;
    const quoted = document.querySelector('[data-testid="listing-title"]')!;
    const style = getComputedStyle(quoted);
    return {
      verdictFirst: Boolean(verdict.compareDocumentPosition(quoted) & Node.DOCUMENT_POSITION_FOLLOWING),
      smaller: parseFloat(style.fontSize) < parseFloat(getComputedStyle(verdict).fontSize),
      quotes: [getComputedStyle(quoted, '::before').content, getComputedStyle(quoted, '::after').content],
      apart: quoted.closest('figure')?.querySelector('figcaption')?.textContent ?? '',
      gap:
        quoted.getBoundingClientRect().top -
        verdict.closest('[data-testid="risk"]')!.getBoundingClientRect().bottom,
    };
  });
  expect(look.verdictFirst).toBe(true);
  expect(look.smaller).toBe(true);
  expect(look.quotes).toEqual(['"“"', '"”"']);
  expect(look.apart).toMatch(/in its own words/);
  expect(look.gap).toBeGreaterThan(4);
  await page.screenshot({ path: `${SHOTS}/panel-hostile-title.png` });
});
