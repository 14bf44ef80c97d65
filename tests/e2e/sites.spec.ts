import type { Frame, Page } from '@playwright/test';
import { fixturePages } from './fixture-pages';
import { expect, hasPanelHost, panelFrame, test } from './harness';

const fixtures = fixturePages();
const listings = fixtures.filter((f) => f.listing);

for (const fixture of listings) {
  test(`${fixture.siteId}/${fixture.name}: the panel shows the listing`, async ({
    context,
    serve,
    extensionId,
  }) => {
    await serve({ [fixture.url]: fixture.file });
    const page = await context.newPage();
    await page.goto(fixture.url);
    const panel = await panelFrame(page, extensionId);
    // Listings the analysis does not judge to be AI-training work start collapsed; open them.
    await expect(panel.getByTestId('listing-title').or(panel.getByTestId('collapsed-tab'))).toBeVisible();
    if (await panel.getByTestId('collapsed-tab').isVisible())
      await panel.getByTestId('collapsed-tab').click();
    await expect(panel.getByTestId('listing-title')).toHaveText(String(fixture.listing.title));
    if (fixture.listing.company) {
      await expect(panel.getByTestId('listing-company')).toHaveText(String(fixture.listing.company));
    }
    if (fixture.listing.payText) {
      await expect(panel.getByTestId('listing-pay')).toHaveText(String(fixture.listing.payText));
    } else {
      await expect(panel.getByTestId('listing-pay')).toHaveCount(0);
    }
    await expect(panel.getByTestId('source-id')).toHaveText(String(fixture.listing.source));
    // A platform's steps to get in are shown as the page words them, and only when it lists some.
    const steps = fixture.listing.steps;
    if (Array.isArray(steps)) await expect(panel.getByTestId('step')).toHaveText(steps.map(String));
    else await expect(panel.getByTestId('steps')).toHaveCount(0);
  });
}

for (const fixture of fixtures.filter((f) => !f.listing)) {
  test(`${fixture.siteId}/${fixture.name}: no panel on a page that is not a listing`, async ({
    context,
    serve,
    extensionId,
  }) => {
    await serve({ [fixture.url]: fixture.file });
    const page = await context.newPage();
    await page.goto(fixture.url);
    await page.waitForTimeout(600);
    expect(await hasPanelHost(page)).toBe(false);
    expect(page.frames().some((f) => f.url().includes(extensionId))).toBe(false);
  });
}

interface Sample {
  at: number;
  title: string;
  company: string;
  pay: string;
}

/** Records what the panel shows every few milliseconds, from inside its own frame. */
async function startSampling(panel: Frame) {
  await panel.evaluate(() => {
    const text = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? '';
    const samples: Sample[] = [];
    (window as unknown as { __samples: Sample[] }).__samples = samples;
    setInterval(() => {
      samples.push({
        at: Date.now(),
        title: text('listing-title'),
        company: text('listing-company'),
        pay: text('listing-pay'),
      });
    }, 5);
  });
}

async function samples(panel: Frame): Promise<Sample[]> {
  return panel.evaluate(() => (window as unknown as { __samples: Sample[] }).__samples);
}

/** When the page's own detail pane switched to the job titled `title` (the page's clock). */
async function paneSwitchedAt(page: Page, title: string): Promise<number> {
  await page.waitForFunction(
    (t) => document.querySelector('#job-pane h1')?.textContent?.trim() === t,
    title,
    { polling: 'raf' },
  );
  return page.evaluate(
    () => (window as unknown as { __paneSwitchedAt?: number }).__paneSwitchedAt ?? Date.now(),
  );
}

test('LinkedIn split view: the panel follows the selected job and never mixes jobs', async ({
  context,
  serve,
  extensionId,
}) => {
  const search = fixtures.find((f) => f.siteId === 'linkedin' && f.name === 'search-two-jobs');
  if (!search) throw new Error('missing linkedin/search-two-jobs fixture');
  await serve({ [search.url]: search.file });
  const page = await context.newPage();
  await page.goto(search.url);
  const panel = await panelFrame(page, extensionId);
  await expect(panel.getByTestId('listing-title')).toHaveText('Generalist AI Trainer');
  await expect(panel.getByTestId('listing-pay')).toHaveText('$20/hr');

  // Note the moment the page's pane changes, on the page's clock (same machine clock as the panel's).
  await page.evaluate(() => {
    const pane = document.getElementById('job-pane');
    if (!pane) return;
    new MutationObserver(() => {
      (window as unknown as { __paneSwitchedAt?: number }).__paneSwitchedAt = Date.now();
    }).observe(pane, { childList: true });
  });
  await startSampling(panel);

  const first = { title: 'Generalist AI Trainer', company: 'DataAnnotation', pay: '$20/hr' };
  const second = { title: 'Spanish Language Rater', company: 'TELUS Digital', pay: '$14/hr' };

  await page.locator('a.job-card-container__link[data-job-id="4012345682"]').click();
  expect(page.url()).toContain('currentJobId=4012345682');
  const switchedAt = await paneSwitchedAt(page, second.title);
  await expect(panel.getByTestId('listing-title')).toHaveText(second.title);
  await expect(panel.getByTestId('listing-company')).toHaveText(second.company);
  await expect(panel.getByTestId('listing-pay')).toHaveText(second.pay);
  await page.waitForTimeout(150);

  const seen = await samples(panel);
  const firstShown = seen.find((s) => s.title === second.title);
  expect(firstShown, 'the panel never showed the second job').toBeDefined();
  // How fast it follows is measured in `npm run bench` (scripts/bench-panel.mjs), not asserted here.
  expect(firstShown!.at).toBeGreaterThanOrEqual(switchedAt);
  for (const s of seen) {
    // Never the new title beside the old job's company or pay, nor the old title once the new one showed.
    if (s.title === second.title) {
      expect(s.company).not.toBe(first.company);
      expect(s.pay).not.toBe(first.pay);
    }
    if (s.at > firstShown!.at) expect(s.title).not.toBe(first.title);
  }

  // And back again to the first job.
  await page.locator('a.job-card-container__link[data-job-id="4012345681"]').click();
  await paneSwitchedAt(page, first.title);
  await expect(panel.getByTestId('listing-title')).toHaveText(first.title);
  await expect(panel.getByTestId('listing-company')).toHaveText(first.company);
  await expect(panel.getByTestId('listing-pay')).toHaveText(first.pay);
});
