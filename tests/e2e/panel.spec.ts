import { readFileSync } from 'node:fs';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { PAY_BASIS_INFO, TASK_TYPE_INFO } from '../../lib/analysis/catalog';
import { DEFAULT_ASSUMPTIONS, effectiveHourly } from '../../lib/analysis/effective-hourly';
import { FLAG_INFO } from '../../lib/analysis/flag-info';
import { formatRange } from '../../components/shared/pay-format';
import { axeViolations } from './axe';
import { expect, openExtensionPage, panelFrame, test } from './harness';
import { PAGES, servedPages as pages } from './pages';

const SHOTS = process.env.TASKLENS_SHOTS_DIR ?? '/tmp';

async function openListing(page: Page, extensionId: string, name: string): Promise<Frame> {
  await page.goto(PAGES[name].url);
  const panel = await panelFrame(page, extensionId);
  await panel.locator('main[aria-label="TaskLens"], [data-testid="collapsed-tab"]').first().waitFor();
  return panel;
}

/** Serves the named page, opens it in a new tab and waits for its panel. */
async function showListing(
  {
    context,
    serve,
    extensionId,
  }: { context: BrowserContext; serve: (p: Record<string, string>) => Promise<void>; extensionId: string },
  name: string,
) {
  await serve(pages(name));
  const page = await context.newPage();
  return { page, panel: await openListing(page, extensionId, name) };
}

function backgroundOf(context: BrowserContext) {
  const worker = context.serviceWorkers()[0];
  if (!worker) throw new Error('The background is not running.');
  return worker;
}

/** The host's box in the page: the one thing the page's layout sees of the panel. */
async function hostBox(page: Page) {
  const box = await page.locator('tasklens-panel').boundingBox();
  if (!box) throw new Error('The panel host has no box.');
  return box;
}

/** The text of the evidence highlight the page's own document holds (main world). */
function highlightedText(page: Page) {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const highlight = registry?.get('tasklens-evidence');
    if (!highlight) return null;
    return [...highlight].map((r) => r.toString()).join(' | ');
  });
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const unquote = (s: string) => s.replace(/^“|”$/g, '');

test('per-task listing: the work, pay with its questions, and an hourly estimate remembered per platform', async ({
  context,
  serve,
  extensionId,
}) => {
  const shown = await showListing({ context, serve, extensionId }, 'perTask');
  const page = shown.page;
  let panel = shown.panel;

  await expect(panel.getByTestId('listing-title')).toHaveText('Street Scene Bounding Boxes (Batch 14)');
  await expect(panel.getByTestId('listing-company')).toHaveText('Clickworker');
  await expect(panel.getByTestId('risk')).not.toContainText('High risk');

  const work = panel.getByTestId('task-type-annotation_labeling');
  await expect(work).toContainText(TASK_TYPE_INFO.annotation_labeling.title);
  await expect(work).toContainText(TASK_TYPE_INFO.annotation_labeling.sees);
  await expect(work).toContainText(TASK_TYPE_INFO.annotation_labeling.submits);
  await expect(work).toContainText(TASK_TYPE_INFO.annotation_labeling.fit);
  await expect(work).toContainText(TASK_TYPE_INFO.annotation_labeling.difficulty);
  await expect(work.getByRole('button', { name: /bounding box/i }).first()).toBeVisible();

  await expect(panel.getByTestId('pay-base')).toContainText('$0.12 per task');
  await expect(panel.getByTestId('pay-claims')).toHaveCount(0);
  for (const basis of ['per_task', 'per_accepted_task', 'unpaid_steps'] as const) {
    const card = panel.getByTestId(`pay-basis-${basis}`);
    await expect(card).toContainText(PAY_BASIS_INFO[basis].title);
    for (const question of PAY_BASIS_INFO[basis].checks) await expect(card).toContainText(question);
  }

  const perTask = { min: 0.12, max: 0.12, currency: 'USD', unit: 'task' as const };
  const atDefaults = effectiveHourly(perTask, DEFAULT_ASSUMPTIONS);
  if (!atDefaults.ok) throw new Error(atDefaults.reason);
  const estimate = panel.getByTestId('effective-hourly');
  await expect(estimate).toContainText(
    `About ${formatRange(atDefaults.min, atDefaults.max, 'USD')} per hour`,
  );

  // The user's own numbers change the estimate and stay for this platform after a reload.
  await panel.getByLabel('Minutes per task').fill('2');
  await panel.getByLabel('Tasks accepted (%)').fill('90');
  await panel.getByLabel('Unpaid onboarding (hours)').fill('0.75');
  const mine = effectiveHourly(perTask, {
    ...DEFAULT_ASSUMPTIONS,
    minutesPerTask: 2,
    acceptanceRate: 0.9,
    unpaidOnboardingHours: 0.75,
  });
  if (!mine.ok) throw new Error(mine.reason);
  await expect(estimate).toContainText(`About ${formatRange(mine.min, mine.max, 'USD')} per hour`);
  await expect(panel.getByTestId('glance')).toContainText(`${formatRange(mine.min, mine.max, 'USD')}/h`);
  await page.screenshot({ path: `${SHOTS}/panel-per-task.png` });

  panel = await openListing(page, extensionId, 'perTask');
  await expect(panel.getByLabel('Minutes per task')).toHaveValue('2');
  await expect(panel.getByLabel('Tasks accepted (%)')).toHaveValue('90');
  await expect(panel.getByTestId('effective-hourly')).toContainText(formatRange(mine.min, mine.max, 'USD'));
});

test('hourly listing: rate and basis, good signs, no estimator, apply button uncovered once moved', async ({
  context,
  serve,
  extensionId,
}) => {
  const shown = await showListing({ context, serve, extensionId }, 'hourly');
  const page = shown.page;
  let panel = shown.panel;

  await expect(panel.getByTestId('listing-title')).toHaveText('Physician, AI Response Reviewer (Contract)');
  await expect(panel.getByTestId('listing-company')).toHaveText('Northwind Evaluation Labs');
  await expect(panel.getByTestId('risk')).toContainText('Low risk');
  await expect(panel.getByTestId('task-type-response_evaluation')).toContainText(
    TASK_TYPE_INFO.response_evaluation.submits,
  );
  await expect(panel.getByTestId('task-type-domain_expert_review')).toBeVisible();
  await expect(panel.getByTestId('pay-base')).toContainText('$60–$85 per hour');
  const hourly = panel.getByTestId('pay-basis-hourly');
  for (const question of PAY_BASIS_INFO.hourly.checks) await expect(hourly).toContainText(question);
  await expect(panel.getByTestId('estimator')).toHaveCount(0);
  await expect(panel.getByTestId('no-red-flags')).toBeVisible();
  await expect(panel.getByTestId('good-paid_onboarding')).toContainText(FLAG_INFO.paid_onboarding.title);
  await expect(panel.getByTestId('source')).toContainText('adapter');
  await page.screenshot({ path: `${SHOTS}/panel-hourly.png` });

  // On the right the panel covers the page's apply button; moved left, the button is reachable.
  const apply = page.getByTestId('apply');
  const centre = async () => {
    const b = await apply.boundingBox();
    if (!b) throw new Error('no apply button');
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  };
  const topAt = ({ x, y }: { x: number; y: number }) =>
    page.evaluate(([px, py]) => document.elementFromPoint(px, py)?.tagName.toLowerCase(), [x, y]);
  expect(await topAt(await centre())).toBe('tasklens-panel');
  await panel.getByRole('button', { name: 'Move panel to the left' }).click();
  await expect.poll(async () => (await hostBox(page)).x).toBeLessThan(20);
  expect(await topAt(await centre())).toBe('a');
  await page.screenshot({ path: `${SHOTS}/panel-left.png` });

  // The side is remembered for the site.
  panel = await openListing(page, extensionId, 'hourly');
  expect((await hostBox(page)).x).toBeLessThan(20);
  await expect(panel.getByRole('button', { name: 'Move panel to the right' })).toBeVisible();
});

test('scam message: high risk first, flags most serious first, a click highlights the words in the page', async ({
  context,
  serve,
  extensionId,
}) => {
  const { page, panel } = await showListing({ context, serve, extensionId }, 'scam');

  await expect(panel.getByTestId('listing-title')).toHaveText(
    'AI Chat Reviewer – Work From Home, Start Today',
  );
  await expect(panel.getByTestId('risk')).toContainText('High risk');
  // On a likely scam the red flags come before the description of the work.
  const order = await panel.evaluate(() =>
    [...document.querySelectorAll('main > section')].map((s) => s.getAttribute('data-testid')),
  );
  expect(order.indexOf('flags')).toBeLessThan(order.indexOf('task-types'));

  const flags = panel.getByTestId('red-flags').locator(':scope > li');
  for (const id of [
    'upfront_fee',
    'untraceable_payment',
    'messaging_app_contact',
    'sensitive_info_early',
  ] as const) {
    const flag = panel.getByTestId(`red-${id}`);
    await expect(flag).toContainText(FLAG_INFO[id].title);
    await expect(flag).toContainText(FLAG_INFO[id].explanation);
  }
  const severities = await flags.evaluateAll((items) =>
    items.map((li) => ['high', 'medium', 'low'].findIndex((s) => li.classList.contains(`severity-${s}`))),
  );
  expect(severities.length).toBeGreaterThanOrEqual(4);
  expect(severities).toEqual([...severities].sort((a, b) => a - b));
  expect(severities[0]).toBe(0);

  // Clicking the flag scrolls the page to its words and highlights them without touching the DOM.
  const domBefore = await page.evaluate(() => document.body.innerHTML);
  const fee = panel.getByTestId('red-upfront_fee');
  const snippet = unquote((await fee.locator('.quote').first().innerText()).trim());
  await fee.getByRole('button', { name: `${FLAG_INFO.upfront_fee.title}: show in page` }).click();
  await expect.poll(() => highlightedText(page)).not.toBeNull();
  expect(flat((await highlightedText(page)) ?? '')).toBe(flat(snippet));
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(domBefore);
  await page.screenshot({ path: `${SHOTS}/panel-scam-highlight.png` });

  // Each quoted phrase does the same for its own words.
  const telegram = panel.getByTestId('red-messaging_app_contact').locator('.quote').first();
  const telegramText = unquote((await telegram.innerText()).trim());
  await telegram.click();
  await expect.poll(async () => flat((await highlightedText(page)) ?? '')).toBe(flat(telegramText));
});

test('saving with a stage shows in the panel and in the dashboard, and the panel links to the entry', async ({
  context,
  serve,
  extensionId,
}) => {
  await serve(pages('perTask'));
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html');
  const page = await context.newPage();
  const panel = await openListing(page, extensionId, 'perTask');

  await panel.getByLabel('Stage').selectOption('trial');
  await panel.getByLabel('Notes').fill('Qualification passed on the second try.');
  await panel.getByRole('button', { name: 'Save to my log' }).click();
  await expect(panel.getByTestId('saved-status')).toContainText('Trial tasks');
  await expect(panel.getByTestId('standing')).toContainText(/This listing\s*Trial tasks since/);
  await expect(panel.getByTestId('standing')).toContainText('Clickworker');
  await page.screenshot({ path: `${SHOTS}/panel-saved.png` });

  const log = dashboard.getByTestId('applications');
  await expect(log).toContainText('Street Scene Bounding Boxes (Batch 14)');
  await expect(log).toContainText('Trial tasks');

  const opened = context.waitForEvent('page');
  await panel.getByTestId('dashboard-link').click();
  const entry = await opened;
  await entry.waitForLoadState();
  expect(entry.url()).toMatch(new RegExp(`^chrome-extension://${extensionId}/dashboard\\.html#app=[\\w-]+$`));
  await expect(entry.getByText('Street Scene Bounding Boxes (Batch 14)').first()).toBeVisible();
});

test('collapse, expand and Esc are remembered per site; the tab gives the risk first, then the quoted title', async ({
  context,
  serve,
  extensionId,
}) => {
  const shown = await showListing({ context, serve, extensionId }, 'hourly');
  const page = shown.page;
  let panel = shown.panel;

  await panel.getByRole('button', { name: 'Collapse panel (Esc)' }).click();
  const tab = panel.getByRole('button', {
    name: /^Open TaskLens: Low risk · “Physician, AI Response Reviewer/,
  });
  await expect(tab).toBeVisible();
  await expect(tab).toBeFocused();
  await expect.poll(async () => (await hostBox(page)).width).toBeLessThan(60);
  await page.screenshot({ path: `${SHOTS}/panel-collapsed.png` });

  panel = await openListing(page, extensionId, 'hourly');
  await expect(panel.getByTestId('collapsed-tab')).toBeVisible();
  expect((await hostBox(page)).width).toBeLessThan(60);

  // Keyboard only: open the tab, Esc folds it again.
  await panel.getByTestId('collapsed-tab').press('Enter');
  await expect(panel.getByTestId('verdict')).toBeFocused();
  await expect.poll(async () => (await hostBox(page)).width).toBeGreaterThan(300);
  await panel.getByTestId('verdict').press('Escape');
  await expect(panel.getByTestId('collapsed-tab')).toBeFocused();
  await panel.getByTestId('collapsed-tab').press('Enter');

  panel = await openListing(page, extensionId, 'hourly');
  await expect(panel.getByTestId('listing-title')).toBeVisible();
  expect((await hostBox(page)).width).toBeGreaterThan(300);
});

test('a warning opens the panel even where the user folded it, without changing what is remembered', async ({
  context,
  serve,
  extensionId,
}) => {
  await serve(pages('scam', 'taskScam'));
  const page = await context.newPage();
  let panel = await openListing(page, extensionId, 'scam');
  await panel.getByRole('button', { name: 'Collapse panel (Esc)' }).click();
  await expect(
    panel.getByRole('button', { name: /^Open TaskLens: High risk · “AI Chat Reviewer/ }),
  ).toBeVisible();
  await expect.poll(async () => (await hostBox(page)).width).toBeLessThan(60);

  // A scam that never mentions AI work, on the site where the user folded the panel: it opens, with
  // the risk, the pay as stated and the flags.
  panel = await openListing(page, extensionId, 'taskScam');
  await expect(panel.getByTestId('verdict')).toHaveText(/High risk|Caution/);
  await expect.poll(async () => (await hostBox(page)).width).toBeGreaterThan(300);
  await expect(panel.getByTestId('not-ai-work')).toBeVisible();
  await expect(panel.getByTestId('glance-pay')).toContainText(/50.*500/);
  await expect(panel.getByTestId('red-messaging_app_contact')).toBeVisible();

  // What the site remembers is still the user's fold: opening for a warning did not change it.
  const remembered = await backgroundOf(context).evaluate(async () => {
    const key = 'layout:www.upwork.com';
    type Storage = { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } };
    return (await (globalThis as unknown as Storage).chrome.storage.local.get(key))[key];
  });
  expect(remembered).toEqual({ collapsed: true, side: 'right' });

  // Folded by hand, the scam's tab shows its risk before anything else, in the risk's colour.
  panel = await openListing(page, extensionId, 'taskScam');
  await expect(panel.getByTestId('verdict')).toBeVisible();
  await panel.getByRole('button', { name: 'Collapse panel (Esc)' }).click();
  const tab = panel.getByTestId('collapsed-tab');
  await expect(tab).toHaveAccessibleName(/^Open TaskLens: (High risk|Caution) · No AI task found · “/);
  const look = await tab.evaluate((el) => {
    const root = getComputedStyle(document.documentElement);
    const probe = document.createElement('span');
    document.body.append(probe);
    const colourOf = (name: string) => {
      probe.style.color = root.getPropertyValue(name);
      return getComputedStyle(probe).color;
    };
    return {
      risk: getComputedStyle(el.querySelector('.tab-risk')!).color,
      edge: getComputedStyle(el).borderLeftColor,
      high: colourOf('--high'),
      caution: colourOf('--caution'),
    };
  });
  expect([look.high, look.caution]).toContain(look.risk);
  expect(look.edge).toBe(look.risk);
});

test('an ordinary job on a general board opens folded, says so, and does not change what is remembered', async ({
  context,
  serve,
  extensionId,
}) => {
  await serve(pages('ordinaryJob', 'linkedinJob'));
  const page = await context.newPage();
  let panel = await openListing(page, extensionId, 'ordinaryJob');
  const tab = panel.getByRole('button', {
    name: /^Open TaskLens: Low risk · No AI task found · “Warehouse Shift Lead/,
  });
  await expect(tab).toBeVisible();
  await expect.poll(async () => (await hostBox(page)).width).toBeLessThan(60);
  await page.screenshot({ path: `${SHOTS}/panel-not-ai.png` });
  await tab.click();
  await expect(panel.getByTestId('not-ai-work')).toBeVisible();
  await expect(panel.getByTestId('no-task-type')).toBeVisible();

  // An AI-training job on the same site opens expanded: the fold was not stored.
  panel = await openListing(page, extensionId, 'linkedinJob');
  await expect(panel.getByTestId('listing-title')).toHaveText('AI Trainer – Spanish Writer');
  expect((await hostBox(page)).width).toBeGreaterThan(300);
});

test('a hostile page neither breaks the panel nor gets anything out of it', async ({
  context,
  serve,
  extensionId,
  extensionRequests,
}) => {
  const { page, panel } = await showListing({ context, serve, extensionId }, 'hostileAggressive');

  // Shown as text, never parsed.
  await expect(panel.getByTestId('listing-title')).toContainText('<img src=x onerror=');
  expect(await panel.evaluate(() => document.querySelectorAll('img, script:not([src])').length)).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

  // The page's CSS does not reach in: the panel keeps its size and its own fonts and colours.
  const box = await hostBox(page);
  expect(box.width).toBeGreaterThan(300);
  expect(box.height).toBeGreaterThan(300);
  const style = await panel.evaluate(() => {
    const s = getComputedStyle(document.querySelector('h1')!);
    return { size: parseFloat(s.fontSize), family: s.fontFamily, display: s.display };
  });
  expect(style.size).toBeLessThan(30);
  expect(style.family).not.toContain('Comic');
  await expect(panel.getByTestId('red-upfront_fee')).toBeVisible();

  // It still works: keyboard, highlight, save.
  await panel.getByTestId('red-upfront_fee').locator('.quote').first().click();
  await expect.poll(() => highlightedText(page)).toMatch(/registration fee/i);
  await panel.getByRole('button', { name: 'Save to my log' }).click();
  await expect(panel.getByTestId('saved-status')).toBeVisible();
  await panel.getByTestId('verdict').press('Escape');
  await expect(panel.getByTestId('collapsed-tab')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/panel-hostile.png` });

  // The page's traps caught nothing: no shadow root, no frame, no text, no keys from the panel.
  await page.waitForTimeout(300);
  const seen = await page.evaluate(() => {
    const w = window as unknown as {
      __caught: { shadows: number; keys: number };
      __found: {
        shadow: string;
        caughtShadow: boolean;
        frameText?: string;
        innerHTML: string;
        text: boolean;
        reattach: string;
      }[];
    };
    return { caught: w.__caught, found: w.__found };
  });
  expect(seen.caught.shadows).toBe(0);
  expect(seen.caught.keys).toBe(0);
  expect(seen.found.length).toBeGreaterThan(0);
  for (const f of seen.found) {
    expect(['null', 'none']).toContain(f.shadow);
    expect(f.caughtShadow).toBe(false);
    expect(f.innerHTML).toBe('');
    expect(f.text).toBe(false);
    expect(f.frameText === undefined || f.frameText === 'SecurityError').toBe(true);
  }
  expect(extensionRequests).toEqual([]);
});

test('"this is wrong" reports stay on the device and export as JSON', async ({
  context,
  serve,
  extensionId,
  extensionRequests,
}) => {
  const { page, panel } = await showListing({ context, serve, extensionId }, 'hourly');
  await panel.getByRole('button', { name: 'This is wrong…' }).click();
  await panel.getByLabel('What is wrong?').selectOption('pay');
  await panel.getByLabel(/What should it say/).fill('The rate is per reviewed case, not per hour.');
  await panel.getByRole('button', { name: 'Save report' }).click();
  await expect(panel.getByTestId('source')).toContainText('Report saved on this device');

  const download = page.waitForEvent('download');
  await panel.getByTestId('export-reports').click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as {
    reports: { part: string; note: string; listing: { url: string; source: string }; analysis?: unknown }[];
  };
  expect(exported.reports).toHaveLength(1);
  expect(exported.reports[0]).toMatchObject({
    part: 'pay',
    note: 'The rate is per reviewed case, not per hour.',
    listing: { url: PAGES.hourly.url, source: 'adapter' },
  });
  expect(exported.reports[0].analysis).toBeTruthy();
  expect(extensionRequests).toEqual([]);
});

test('axe finds nothing expanded or collapsed, light or dark; readable at 200% zoom', async ({
  context,
  serve,
  extensionId,
}) => {
  test.setTimeout(90_000); // eight full axe runs; slow when the machine is busy
  await serve(pages('scam', 'perTask'));
  const page = await context.newPage();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const name of ['scam', 'perTask']) {
      const panel = await openListing(page, extensionId, name);
      await expect(panel.getByTestId('listing-title')).toBeVisible();
      expect(await panel.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        scheme === 'dark',
      );
      // Open every fold so axe sees all of it.
      await panel.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await axeViolations(panel), `${name}, expanded, ${scheme}`).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/panel-${name}-${scheme}.png` });
      await panel.getByRole('button', { name: 'Collapse panel (Esc)' }).click();
      await expect(panel.getByTestId('collapsed-tab')).toBeVisible();
      expect(await axeViolations(panel), `${name}, collapsed, ${scheme}`).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/panel-${name}-${scheme}-collapsed.png` });
      await panel.getByTestId('collapsed-tab').click();
    }
  }

  // 200% zoom halves the CSS viewport: the panel must still fit, scroll, and not spill sideways.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 640, height: 450 });
  const panel = await openListing(page, extensionId, 'scam');
  await expect(panel.getByTestId('listing-title')).toBeVisible();
  const fit = await panel.evaluate(() => ({
    overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    scrolls: document.body.scrollHeight > document.body.clientHeight,
  }));
  expect(fit.overflowX).toBeLessThanOrEqual(0);
  expect(fit.scrolls).toBe(true);
  const box = await hostBox(page);
  expect(box.x + box.width).toBeLessThanOrEqual(640);
  expect(box.y + box.height).toBeLessThanOrEqual(450);
  await page.screenshot({ path: `${SHOTS}/panel-zoom200.png` });
});
