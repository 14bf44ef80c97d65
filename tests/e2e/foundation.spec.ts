import { expect, hasPanelHost, openExtensionPage, panelFrame, shadowContents, test } from './harness';
import { PAGES, servedPages } from './pages';

test('the panel appears on listing pages of a platform and a job board', async ({
  context,
  serve,
  extensionId,
}) => {
  await serve(servedPages('outlier', 'linkedinJob'));
  const page = await context.newPage();

  await page.goto(PAGES.outlier.url);
  let panel = await panelFrame(page, extensionId);
  await expect(panel.getByTestId('listing-title')).toHaveText('Biology Expert – AI Training');
  await expect(panel.getByTestId('listing-company')).toHaveText('Outlier');

  await page.goto(PAGES.linkedinJob.url);
  panel = await panelFrame(page, extensionId);
  await expect(panel.getByTestId('listing-title')).toHaveText('AI Trainer – Spanish Writer');
  await expect(panel.getByTestId('listing-company')).toHaveText('Acme Data Labs');
});

test('no panel on a page of the same site that is not a listing', async ({ context, serve, extensionId }) => {
  await serve(servedPages('linkedinFeed', 'linkedinJob'));
  const page = await context.newPage();
  // Load a listing first so we know the content script is live on this site at all.
  await page.goto(PAGES.linkedinJob.url);
  await panelFrame(page, extensionId);
  await page.goto(PAGES.linkedinFeed.url);
  await page.waitForTimeout(600);
  expect(await hasPanelHost(page)).toBe(false);
  expect(page.frames().some((f) => f.url().includes(extensionId))).toBe(false);
});

test('saving from the panel shows up live in the dashboard', async ({ context, serve, extensionId }) => {
  await serve(servedPages('outlier'));
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html');
  await expect(dashboard.getByTestId('empty-log')).toBeVisible();

  const page = await context.newPage();
  await page.goto(PAGES.outlier.url);
  const panel = await panelFrame(page, extensionId);
  await panel.getByLabel('Stage').selectOption('screening');
  await panel.getByRole('button', { name: 'Save to my log' }).click();
  await expect(panel.getByTestId('saved-status')).toContainText('Screening');

  const rows = dashboard.getByTestId('applications').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Biology Expert – AI Training');
  await expect(rows.first()).toContainText('Screening');
});

test('the host page can neither see into the panel nor reach the log', async ({
  context,
  serve,
  extensionId,
  extensionRequests,
}) => {
  await serve(servedPages('hostile'));
  const page = await context.newPage();
  await page.goto(PAGES.hostile.url);
  const panel = await panelFrame(page, extensionId);
  await panel.getByRole('button', { name: 'Save to my log' }).click();
  await expect(panel.getByTestId('saved-status')).toBeVisible();

  // The listing title is shown as text, never parsed as HTML.
  await expect(panel.getByTestId('listing-title')).toContainText('<img src=x onerror=');
  expect(await panel.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

  // The panel survives `* { all: unset !important }` and stays a sizeable box.
  const box = await page.locator('tasklens-panel').boundingBox();
  expect(box?.width).toBeGreaterThan(300);
  expect(box?.height).toBeGreaterThan(300);

  // The page's own script found the host but no shadow root, no text and no frame document.
  await page.waitForTimeout(300);
  const seen = await page.evaluate(() => {
    const w = window as unknown as {
      __found: { shadow: string; text: boolean }[];
      __frameText?: string;
      __frameError?: string;
    };
    return { found: w.__found, frameText: w.__frameText, frameError: w.__frameError };
  });
  expect(seen.found.length).toBeGreaterThan(0);
  expect(seen.found.every((f) => f.shadow === 'null' || f.shadow === 'none')).toBe(true);
  expect(seen.found.some((f) => f.text)).toBe(false);
  expect(seen.frameText).toBeUndefined();
  // Chromium hides frames inside a closed shadow root from window.frames; if one is ever exposed,
  // reading its document must still fail on the origin boundary.
  if (seen.found.some((f) => (f as { frames?: number }).frames))
    expect(seen.frameError).toBe('SecurityError');

  // A debugger can see the closed shadow root holding the frame; the page could not.
  const inside = await shadowContents(page);
  expect(inside).toContain('#document-fragment#closed');
  expect(inside).toContain('IFRAME');

  // The log lives in the extension's origin, not the site's.
  const pageDbs = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  expect(pageDbs).not.toContain('tasklens');
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html');
  const extDbs = await dashboard.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  expect(extDbs).toContain('tasklens');

  expect(extensionRequests).toEqual([]);
});

/** The parts of the extension API the test below reaches for from the background. */
type WorkerChrome = {
  chrome: {
    tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
    scripting: {
      executeScript(options: {
        target: { tabId: number };
        world: 'ISOLATED';
        func: (message: unknown) => Promise<unknown>;
        args: unknown[];
      }): Promise<{ result?: unknown }[]>;
    };
  };
};

test('a listing keyed for another site, sent from a tab’s content-script world, is refused and changes nothing', async ({
  context,
  serve,
  extensionId,
}) => {
  await serve(servedPages('linkedinJob', 'scam'));
  const linkedin = await context.newPage();
  await linkedin.goto(PAGES.linkedinJob.url);
  const linkedinPanel = await panelFrame(linkedin, extensionId);
  await linkedinPanel.getByLabel('Stage').selectOption('screening');
  await linkedinPanel.getByRole('button', { name: 'Save to my log' }).click();
  await expect(linkedinPanel.getByTestId('saved-status')).toContainText('Screening');

  const upwork = await context.newPage();
  await upwork.goto(PAGES.scam.url);
  await panelFrame(upwork, extensionId);

  // Script running in the Upwork tab's content-script world (where the extension's own content
  // script runs) sends the LinkedIn job's key with other text, as the saved application's key.
  const worker = context.serviceWorkers()[0];
  const forged = {
    siteId: 'linkedin',
    url: PAGES.scam.url,
    canonicalUrl: PAGES.scam.url,
    listingKey: 'linkedin:4087654321',
    title: 'Forged title',
    company: 'Forged company',
    description: 'Forged text',
    source: 'adapter',
  };
  const replies = await worker.evaluate(
    async ({ url, listings }) => {
      const { chrome } = globalThis as unknown as WorkerChrome;
      const [tab] = await chrome.tabs.query({ url });
      const sent = [];
      for (const listing of listings) {
        const [injected] = await chrome.scripting.executeScript({
          target: { tabId: tab.id! },
          world: 'ISOLATED',
          func: (message) =>
            (
              globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
            ).chrome.runtime.sendMessage(message),
          args: [{ type: 'listing:found', session: crypto.randomUUID(), listing }],
        });
        sent.push(injected.result);
      }
      return sent;
    },
    { url: PAGES.scam.url, listings: [forged, { ...forged, siteId: 'upwork' }] },
  );
  expect(replies).toEqual([
    { ok: false, error: expect.stringMatching(/not this page’s/) },
    { ok: false, error: expect.stringMatching(/key belongs to another site/) },
  ]);

  // The saved application is as it was: its own title, its own stage, one row.
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html');
  const rows = dashboard.getByTestId('applications').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('AI Trainer – Spanish Writer');
  await expect(rows.first()).toContainText('Screening');
  await expect(dashboard.getByText('Forged title')).toHaveCount(0);
});
