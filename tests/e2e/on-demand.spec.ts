import type { BrowserContext, Page } from '@playwright/test';
import { expect, hasPanelHost, openExtensionPage, panelFrame, test } from './harness';
import { PAGES, servedPages } from './pages';

const SHOTS = process.env.TASKLENS_SHOTS_DIR ?? '/tmp';

/** The slice of the extension API these tests call from inside extension pages. */
interface ExtensionApi {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/**
 * "Analyze this page" / "Analyze selected text" on a page no adapter claims. The toolbar popup and
 * the context menu send the same page-only message; the popup page sends it here. (The activeTab
 * grant a real click gives cannot be had headless, so the page is on a site TaskLens may script.)
 */
async function analyze(context: BrowserContext, extensionId: string, page: Page, mode: 'page' | 'selection') {
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  const reply = await popup.evaluate(
    async ({ url, mode }) => {
      const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
      const [tab] = await api.tabs.query({ url });
      return api.runtime.sendMessage({ type: 'tab:analyze', tabId: tab.id, mode });
    },
    { url: page.url(), mode },
  );
  await popup.close();
  return reply as { ok: boolean; error?: string };
}

/** LinkedIn's messaging page with two recruiter messages: a page no adapter reads as a listing. */
async function openMessagePage(
  context: BrowserContext,
  serve: (pages: Record<string, string>) => Promise<void>,
) {
  await serve(servedPages('linkedinMessage'));
  const page = await context.newPage();
  await page.goto(PAGES.linkedinMessage.url);
  return page;
}

/** Selects the element's text in the page, then asks for the selection to be analysed. */
async function analyzeSelected(context: BrowserContext, extensionId: string, page: Page, elementId: string) {
  await page.evaluate((id) => {
    const element = document.getElementById(id);
    if (element) getSelection()?.selectAllChildren(element);
  }, elementId);
  return analyze(context, extensionId, page, 'selection');
}

test('a recruiter message is judged from the selected text on request', async ({
  context,
  serve,
  extensionId,
  extensionRequests,
}) => {
  const page = await openMessagePage(context, serve);
  await page.waitForTimeout(500);
  expect(await hasPanelHost(page)).toBe(false); // not a listing: nothing runs on its own

  expect(await analyzeSelected(context, extensionId, page, 'recruiter-message')).toEqual({
    ok: true,
    data: null,
  });

  const panel = await panelFrame(page, extensionId);
  await expect(panel.getByTestId('listing-title')).toContainText('recruiting remote AI Chat Evaluators');
  await expect(panel.getByTestId('risk')).toContainText('High risk');
  // Where the reading came from is said in the panel.
  await expect(panel.getByText('the text you selected').first()).toBeVisible();
  expect(extensionRequests).toEqual([]);
});

test('a message linking a look-alike of a job board is rated high, with the address as evidence', async ({
  context,
  serve,
  extensionId,
}) => {
  const page = await openMessagePage(context, serve);
  expect(await analyzeSelected(context, extensionId, page, 'lookalike-board-message')).toEqual({
    ok: true,
    data: null,
  });

  const panel = await panelFrame(page, extensionId);
  await expect(panel.getByTestId('risk')).toContainText('High risk');
  const lookalike = panel.getByTestId('red-impersonation_domain');
  await expect(lookalike).toContainText('Posing as a known platform or job board');
  await expect(lookalike).toContainText('jobs-indeed.online');
  const unsolicited = panel.getByTestId('red-unsolicited_contact');
  await expect(unsolicited).toContainText('you’ve been selected');
  // Found in the title (the selection's first line) and in the text: quoted once.
  await expect(unsolicited.locator('.evidence li')).toHaveCount(1);
  await expect(panel.getByTestId('red-urgency_pressure')).toContainText('You have 24 hours to');
  await page.screenshot({ path: `${SHOTS}/panel-lookalike-board.png` });
});

test('"Analyze this page" reads a page no adapter claims from its main content', async ({
  context,
  serve,
  extensionId,
}) => {
  const page = await openMessagePage(context, serve);
  expect(await analyze(context, extensionId, page, 'page')).toEqual({ ok: true, data: null });
  const panel = await panelFrame(page, extensionId);
  await expect(panel.getByTestId('risk')).toContainText('High risk');
  await expect(panel.getByText(/main (page )?text|main content/i).first()).toBeVisible();
});

test('the analyze request is refused from anywhere but the extension’s own pages', async ({
  context,
  serve,
  extensionId,
}) => {
  await serve(servedPages('outlier'));
  const page = await context.newPage();
  await page.goto(PAGES.outlier.url);
  const panel = await panelFrame(page, extensionId);
  const reply = await panel.evaluate(() =>
    (globalThis as unknown as { chrome: ExtensionApi }).chrome.runtime.sendMessage({
      type: 'tab:analyze',
      tabId: 1,
      mode: 'page',
    }),
  );
  expect(reply).toMatchObject({ ok: false });
});
