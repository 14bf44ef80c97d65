import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { findChromium, INSTALL_HINT } from '../../scripts/chromium-path.mjs';
import { openExtensionContext } from '../../scripts/extension-context.mjs';
import { axeViolations } from './axe';
import { EXTENSION_DIR, expect, openExtensionPage, panelFrame, test } from './harness';
import { PAGES, servedPages } from './pages';
import { EXPORT_FORMAT, EXPORT_SCHEMA_VERSION } from '../../lib/transfer/file-format';
import { sampleApplication, samplePlatform, T0 } from '../transfer/sample';

const SHOTS = process.env.TASKLENS_SHOTS_DIR ?? '/tmp';
const OUTLIER_TITLE = 'Biology Expert – AI Training';
const LINKEDIN_TITLE = 'AI Trainer – Spanish Writer';

/** Chromium with the extension and a profile that outlives it, so a restart can be tested. */
async function launch(profile: string): Promise<{ context: BrowserContext; extensionId: string }> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  return openExtensionContext({
    executablePath,
    extensionDir: EXTENSION_DIR,
    files: new Map(Object.entries(servedPages('outlier', 'linkedinJob'))),
    viewport: { width: 1360, height: 900 },
    userDataDir: profile,
  });
}

/** Opens a listing and saves it from the panel at `stage`. */
async function saveFromPanel(context: BrowserContext, extensionId: string, url: string, stage: string) {
  const page = await context.newPage();
  await page.goto(url);
  const panel: Frame = await panelFrame(page, extensionId);
  await panel.getByLabel('Stage').selectOption(stage);
  await panel.getByRole('button', { name: 'Save to my log' }).click();
  await expect(panel.getByTestId('saved-status')).toBeVisible();
  return page;
}

const tableRows = (dashboard: Page) => dashboard.getByTestId('applications').locator('tbody tr');
const card = (dashboard: Page, title: string) =>
  dashboard.getByTestId('board-card').filter({ hasText: title });
const reached = (dashboard: Page, stage: string) =>
  dashboard.getByTestId(`funnel-${stage}`).getAttribute('data-reached');

async function expectFunnel(dashboard: Page, counts: Record<string, number>) {
  await dashboard.getByRole('link', { name: 'Insights' }).click();
  for (const [stage, count] of Object.entries(counts)) {
    await expect.poll(() => reached(dashboard, stage)).toBe(String(count));
  }
}

// eslint-disable-next-line no-empty-pattern
test('saves from two sites, moves stages by keyboard and drag, and keeps it all across a restart', async ({}, info) => {
  info.setTimeout(120_000);
  const profile = mkdtempSync(join(tmpdir(), 'tasklens-dashboard-'));
  try {
    let { context, extensionId } = await launch(profile);
    let dashboard = await openExtensionPage(context, extensionId, 'dashboard.html');
    await expect(dashboard.getByTestId('empty-log')).toBeVisible();
    await expect(dashboard.getByTestId('storage-status')).toContainText('Storage');

    // Saves in tabs appear in the open dashboard without a reload.
    await saveFromPanel(context, extensionId, PAGES.outlier.url, 'applied');
    await expect(tableRows(dashboard)).toHaveCount(1);
    await expect(tableRows(dashboard).first()).toContainText(OUTLIER_TITLE);
    await saveFromPanel(context, extensionId, PAGES.linkedinJob.url, 'found');
    await expect(tableRows(dashboard)).toHaveCount(2);
    await expectFunnel(dashboard, { found: 2, applied: 1, agreements: 0, trial: 0 });

    // Keyboard: focus a card, → moves it one stage and focus follows it.
    await dashboard.getByRole('link', { name: 'Pipeline' }).click();
    await dashboard.getByLabel('Platform', { exact: true }).selectOption('outlier');
    await card(dashboard, OUTLIER_TITLE).focus();
    await dashboard.keyboard.press('ArrowRight');
    await expect(dashboard.getByTestId('column-agreements')).toContainText(OUTLIER_TITLE);
    await expect(card(dashboard, OUTLIER_TITLE)).toBeFocused();
    await dashboard.keyboard.press('ArrowRight');
    await expect(dashboard.getByTestId('column-screening')).toContainText(OUTLIER_TITLE);

    // Drag: the job-board listing, filed under its company, from Found to Trial tasks.
    await dashboard.getByLabel('Platform', { exact: true }).selectOption('company:acme-data-labs');
    await expect(dashboard.getByTestId('column-found')).toContainText(LINKEDIN_TITLE);
    await card(dashboard, LINKEDIN_TITLE).dragTo(dashboard.getByTestId('column-trial'));
    await expect(dashboard.getByTestId('column-trial')).toContainText(LINKEDIN_TITLE);
    await expect(dashboard.getByTestId('column-found')).not.toContainText(LINKEDIN_TITLE);

    await expectFunnel(dashboard, { found: 2, applied: 2, agreements: 2, screening: 2, trial: 1, paid: 0 });
    await dashboard.screenshot({ path: `${SHOTS}/tasklens-dashboard-insights.png` });

    // Each move is an event in the application's history.
    await dashboard.getByRole('link', { name: 'Applications' }).click();
    await dashboard.getByRole('button', { name: OUTLIER_TITLE }).click();
    const timeline = dashboard.getByTestId('timeline');
    await expect(timeline).toContainText('Applied / registered → Agreements');
    await expect(timeline).toContainText('Agreements → Screening');
    await dashboard.keyboard.press('Escape');
    await expect(dashboard.getByTestId('detail')).toBeHidden();

    // Close the browser and start it again on the same profile: everything is still there.
    await context.close();
    ({ context, extensionId } = await launch(profile));
    dashboard = await openExtensionPage(context, extensionId, 'dashboard.html');
    await expect(tableRows(dashboard)).toHaveCount(2);
    await expect(tableRows(dashboard).filter({ hasText: OUTLIER_TITLE })).toContainText('Screening');
    await expect(tableRows(dashboard).filter({ hasText: LINKEDIN_TITLE })).toContainText('Trial tasks');
    await expectFunnel(dashboard, { found: 2, agreements: 2, screening: 2, trial: 1 });
    await dashboard.getByRole('link', { name: 'Pipeline' }).click();
    await dashboard.getByLabel('Platform', { exact: true }).selectOption('outlier');
    await expect(dashboard.getByTestId('column-screening')).toContainText(OUTLIER_TITLE);
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('notes, search, delete with undo, and a remembered stale threshold', async ({
  context,
  serve,
  extensionId,
}) => {
  await serve(servedPages('outlier'));
  const listing = await saveFromPanel(context, extensionId, PAGES.outlier.url, 'screening');
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html');
  await expect(tableRows(dashboard)).toHaveCount(1);

  await dashboard.getByRole('button', { name: OUTLIER_TITLE }).click();
  const detail = dashboard.getByTestId('detail');
  await detail.getByLabel('Notes').fill('Assessment passed, waiting for the NDA');
  await detail.getByLabel('Tags (comma separated)').fill('biology, urgent');
  await detail.getByRole('button', { name: 'Save changes' }).click();
  await expect(dashboard.getByTestId('timeline')).toContainText('Edited notes');
  await expect(dashboard.getByTestId('timeline')).toContainText('Changed tags');
  await dashboard.screenshot({ path: `${SHOTS}/tasklens-dashboard-detail.png` });
  await dashboard.keyboard.press('Escape');

  // Full-text search covers notes.
  const search = dashboard.getByRole('searchbox', { name: 'Search' });
  await search.fill('nda');
  await expect(tableRows(dashboard)).toHaveCount(1);
  await search.fill('nothing like this');
  await expect(tableRows(dashboard)).toHaveCount(0);
  await search.fill('');

  // The panel may not delete: a page-only command from it is refused and nothing changes.
  const panel = await panelFrame(listing, extensionId);
  const refused = await panel.evaluate(async () => {
    const runtime = (
      globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }
    ).chrome.runtime;
    return (await runtime.sendMessage({ type: 'application:delete', id: 'x' })) as {
      ok: boolean;
      error?: string;
    };
  });
  expect(refused.ok).toBe(false);
  expect(refused.error).toContain('from panel');
  await expect(tableRows(dashboard)).toHaveCount(1);

  // Delete from the dashboard, then undo.
  await dashboard.getByRole('button', { name: OUTLIER_TITLE }).click();
  await dashboard.getByRole('button', { name: 'Delete from my log' }).click();
  await expect(tableRows(dashboard)).toHaveCount(0);
  await expect(dashboard.getByText('No applications saved yet.')).toBeVisible();
  await dashboard.getByRole('button', { name: 'Undo' }).click();
  await expect(tableRows(dashboard)).toHaveCount(1);
  await expect(tableRows(dashboard).first()).toContainText('Screening');

  // Bulk: everything the filters show moves at once.
  await search.fill('biology');
  await dashboard.getByLabel('Move them all to').selectOption('trial');
  await expect(tableRows(dashboard).first()).toContainText('Trial tasks');
  await search.fill('');

  // The stale threshold is the user's and survives a reload.
  await dashboard.getByRole('link', { name: 'Insights' }).click();
  await dashboard.getByLabel('No change for').fill('30');
  await dashboard.reload();
  await expect(dashboard.getByLabel('No change for')).toHaveValue('30');
});

test('"show all" from one platform\'s insights lists only that platform\'s quiet applications', async ({
  context,
  extensionId,
}, info) => {
  // More quiet applications per platform than Insights lists, so it offers to show them all.
  const quiet = (platformId: string) =>
    Array.from({ length: 14 }, (_, i) =>
      sampleApplication(`${platformId}-${i}`, { platformId, listingKey: `${platformId}:${i}` }),
    );
  const backup = info.outputPath('quiet.json');
  writeFileSync(
    backup,
    JSON.stringify({
      format: EXPORT_FORMAT,
      schemaVersion: EXPORT_SCHEMA_VERSION,
      exportedAt: T0,
      platforms: [samplePlatform(), samplePlatform({ id: 'scaleai', name: 'Scale AI' })],
      applications: [...quiet('outlier'), ...quiet('scaleai')],
      events: [],
    }),
  );
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html');
  const controls = dashboard.getByTestId('transfer-controls');
  await controls.getByRole('button', { name: /Your data/ }).click();
  await controls.getByRole('button', { name: /Import/ }).click();
  const dialog = dashboard.getByTestId('import-dialog');
  await dialog.getByLabel('Files to import').setInputFiles(backup);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dashboard.getByTestId('notice').filter({ hasText: 'Imported' })).toBeVisible();
  // The table is virtualised; its row count says how many rows it holds (header included).
  const table = dashboard.getByTestId('applications');
  await expect(table).toHaveAttribute('aria-rowcount', '29');

  await dashboard.getByRole('link', { name: 'Insights' }).click();
  await dashboard.getByLabel('Show', { exact: true }).selectOption('scaleai');
  await dashboard.getByRole('button', { name: 'Show all 14 in the table' }).click();
  await expect(table).toHaveAttribute('aria-rowcount', '15');
});

test('platform onboarding: requirements with dates, unpaid hours, outcome', async ({
  context,
  serve,
  extensionId,
}) => {
  await serve(servedPages('outlier'));
  await saveFromPanel(context, extensionId, PAGES.outlier.url, 'agreements');
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#view=platforms');
  const panel = dashboard.getByTestId('platform-panel');
  await expect(panel.getByRole('heading', { name: 'Outlier' })).toBeVisible();

  await panel.getByLabel('Add').selectOption('nda');
  await panel.getByRole('button', { name: 'Add', exact: true }).click();
  const nda = panel.getByRole('checkbox', { name: 'NDA / confidentiality' });
  await nda.focus();
  await dashboard.keyboard.press('Space');
  await expect(panel.getByLabel('NDA / confidentiality: done on')).not.toHaveValue('');
  // Saving does not rebuild the row: the keyboard user is still on the checkbox.
  await expect(nda).toBeChecked();
  await expect(nda).toBeFocused();
  await panel.getByLabel('Unpaid screening hours').fill('2.5');
  await panel.getByLabel('Unpaid screening hours').press('Enter');
  await panel.getByLabel('Outcome').selectOption('waitlisted');
  await expect(dashboard.getByRole('button', { name: /Outlier/ })).toContainText('Waitlisted');
  await dashboard.screenshot({ path: `${SHOTS}/tasklens-dashboard-platforms.png` });

  await dashboard.getByRole('link', { name: 'Insights' }).click();
  await expect(dashboard.getByTestId('unpaid-hours')).toContainText('2.5 h');
});

test('every view passes axe', async ({ context, serve, extensionId }) => {
  await serve(servedPages('outlier'));
  await saveFromPanel(context, extensionId, PAGES.outlier.url, 'applied');
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html');
  for (const view of ['table', 'board', 'insights', 'platforms']) {
    await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#view=${view}`);
    await expect(dashboard.locator('main.content section').first()).toBeVisible();
    expect(await axeViolations(dashboard.mainFrame()), view).toEqual([]);
  }
  await dashboard.getByRole('link', { name: 'Applications' }).click();
  await dashboard.getByRole('button', { name: OUTLIER_TITLE }).click();
  await expect(dashboard.getByTestId('timeline')).toBeVisible();
  expect(await axeViolations(dashboard.mainFrame()), 'detail').toEqual([]);
});
