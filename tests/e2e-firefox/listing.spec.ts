import assert from 'node:assert/strict';
import { after, before, describe, test, type TestContext } from 'node:test';
import type { Frame } from 'puppeteer-core';
import { RISK_LABELS } from '../../components/shared/risk';
import { STAGE_LABELS, type Stage } from '../../lib/model/stages';
import { fixturePages, type FixturePage } from '../e2e/fixture-pages';
import { PAGES, servedPages } from '../e2e/pages';
import { FirefoxWithExtension, hasPanelHost, panelFrame, textOf, until, waitForText } from './firefox';

/** One saved listing page per kind of site: a platform, a job board, an ATS and a marketplace. */
const CHOSEN = [
  'outlier/opportunity-public',
  'linkedin/job-view-public',
  'lever/posting-jsonld',
  'upwork/job-details',
];

function fixture(id: string): FixturePage {
  const found = fixturePages().find((f) => `${f.siteId}/${f.name}` === id);
  if (!found) throw new Error(`No fixture ${id} in tests/fixtures.`);
  return found;
}

const LISTINGS = CHOSEN.map(fixture);
const FEED = fixture('linkedin/feed');
const TIMEOUT = 60_000;

/** Opens a listing in a new tab and returns its panel, opened out if it started as a tab. */
async function openListing(firefox: FirefoxWithExtension, url: string) {
  const page = await firefox.openTab(url);
  const panel = await panelFrame(page);
  if ((await textOf(panel.frame, 'collapsed-tab')) !== null) {
    await panel.frame.click('[data-testid="collapsed-tab"]');
    await waitForText(panel.frame, 'listing-title', Boolean);
  }
  return { page, ...panel };
}

/** The verdict the panel shows: its level (from the badge's class) and the badge's text. */
async function verdict(panel: { frame: Frame }) {
  const shown = await until('the risk verdict', () =>
    panel.frame.evaluate(() => {
      const badge = document.querySelector('[data-testid="risk"]');
      const level = [...(badge?.classList ?? [])].find((c) => /^risk-(low|caution|high)$/.test(c));
      return level && badge
        ? { level: level.replace('risk-', ''), text: badge.textContent ?? '' }
        : undefined;
    }),
  );
  const level = shown.level as keyof typeof RISK_LABELS;
  // The words must match the level, so a badge coloured one way and labelled another fails.
  const labels = Object.values(RISK_LABELS).filter((l) => shown.text.includes(l));
  assert.deepEqual(labels, [RISK_LABELS[level]], `risk badge reads: ${shown.text}`);
  return level;
}

/** Since the last check, nothing left the machine and no extension code threw. */
function assertNothingLeft(firefox: FirefoxWithExtension, t: TestContext) {
  const { requests, errors, warnings } = firefox.takeRecord();
  if (warnings.length) t.diagnostic(`extension warnings: ${warnings.join(' | ')}`);
  assert.deepEqual(requests, [], 'the extension sent requests');
  assert.deepEqual(errors, [], 'the extension logged errors');
}

describe('TaskLens in Firefox', { timeout: 10 * TIMEOUT }, () => {
  let firefox: FirefoxWithExtension;

  before(async () => {
    firefox = await FirefoxWithExtension.launch();
    firefox.serve(Object.fromEntries([...LISTINGS, FEED].map((f) => [f.url, f.file])));
    firefox.serve(servedPages('hourly', 'scam'));
  });

  after(async () => {
    await firefox?.close();
  });

  /** Opens a listing in a new tab and saves it from the panel at `stage`. */
  async function saveFromPanel(url: string, stage: Stage) {
    const shown = await openListing(firefox, url);
    await shown.frame.select('[data-testid="save"] select', stage);
    await shown.frame.click('[data-testid="save"] button[type="submit"]');
    await waitForText(shown.frame, 'saved-status', (s) => s.includes(STAGE_LABELS[stage]));
    return shown;
  }

  for (const listing of LISTINGS) {
    test(
      `${listing.siteId}/${listing.name}: the panel shows the listing and a verdict`,
      { timeout: TIMEOUT },
      async (t) => {
        const { page, frame } = await openListing(firefox, listing.url);
        assert.equal(await textOf(frame, 'listing-title'), listing.listing.title);
        if (listing.listing.company)
          assert.equal(await textOf(frame, 'listing-company'), listing.listing.company);
        assert.equal(await textOf(frame, 'listing-pay'), listing.listing.payText ?? null);
        assert.equal(await textOf(frame, 'source-id'), listing.listing.source);
        await verdict({ frame });
        await page.close();
        assertNothingLeft(firefox, t);
      },
    );
  }

  test('no panel on a LinkedIn page that is not a listing', { timeout: TIMEOUT }, async (t) => {
    // A listing first, so the add-on is known to be live on this site at all.
    const { page } = await openListing(firefox, LISTINGS[1].url);
    await page.goto(FEED.url, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(await hasPanelHost(page), false);
    assert.equal(page.frames().length, 1, 'the feed page holds a frame');
    await page.close();
    assertNothingLeft(firefox, t);
  });

  test(
    'risk: a plain hourly contract reads low, a fee-taking offer high with its flags',
    { timeout: TIMEOUT },
    async (t) => {
      const hourly = await openListing(firefox, PAGES.hourly.url);
      assert.equal(await verdict(hourly), 'low');
      assert.notEqual(await textOf(hourly.frame, 'no-red-flags'), null);

      const scam = await openListing(firefox, PAGES.scam.url);
      assert.equal(await verdict(scam), 'high');
      const flags = await scam.frame.evaluate(() =>
        [...document.querySelectorAll('[data-testid="red-flags"] > li')].map((li) =>
          li.getAttribute('data-testid'),
        ),
      );
      assert.ok(flags.includes('red-upfront_fee'), `red flags shown: ${flags.join(', ')}`);
      await hourly.page.close();
      await scam.page.close();
      assertNothingLeft(firefox, t);
    },
  );

  test(
    'saved from the panel with a stage, kept across a reload, counted live in the dashboard',
    { timeout: TIMEOUT },
    async (t) => {
      const [first, second] = [
        { listing: LISTINGS[0], stage: 'screening' as const },
        { listing: LISTINGS[1], stage: 'applied' as const },
      ];
      const tab = await saveFromPanel(first.listing.url, first.stage);

      // The log, not the panel's memory, holds the save: a fresh panel reads it back.
      await tab.page.reload({ waitUntil: 'load' });
      const reloaded = await panelFrame(tab.page);
      assert.equal(reloaded.origin, tab.origin);
      await waitForText(reloaded.frame, 'saved-status', (s) => s.includes(STAGE_LABELS.screening));

      // The panel's own link opens the dashboard of the same add-on.
      const dashboard = await firefox.tabOpenedBy(
        () => reloaded.frame.click('[data-testid="dashboard-link"]'),
        '/dashboard.html',
      );
      assert.equal(await dashboard.evaluate(() => location.origin), reloaded.origin);
      await waitForText(dashboard, 'shown-count', (s) => s === '1 application');

      // A save in another tab reaches the open dashboard without a reload.
      await saveFromPanel(second.listing.url, second.stage);
      await waitForText(dashboard, 'shown-count', (s) => s === '2 applications');
      const rows = await until('the two rows', async () => {
        const texts = await dashboard.evaluate(() =>
          [...document.querySelectorAll('[data-testid="applications"] tbody tr')].map(
            (r) => r.textContent ?? '',
          ),
        );
        return texts.length === 2 ? texts : undefined;
      });
      for (const { listing, stage } of [first, second]) {
        const row = rows.find((r) => r.includes(String(listing.listing.title)));
        assert.ok(row, `no row for ${listing.listing.title}: ${rows.join(' | ')}`);
        assert.ok(
          row.includes(STAGE_LABELS[stage]),
          `row for ${listing.listing.title} lacks its stage: ${row}`,
        );
      }
      assertNothingLeft(firefox, t);
    },
  );

  test(
    'the watch sees what extension pages send (intercepted or not) and the errors they throw',
    { timeout: TIMEOUT },
    async () => {
      firefox.takeRecord(); // whatever an earlier, failed test left behind
      const { page, frame, origin } = await openListing(firefox, PAGES.hourly.url);
      await frame.evaluate(() => fetch('https://watch.invalid/from-panel').catch(() => undefined));
      await until('the panel request to be seen', async () =>
        firefox.extensionRequests.some((r) => r.startsWith('https://watch.invalid/from-panel')),
      );
      // A tab the extension opens itself is not intercepted: its request goes to the proxy.
      const dashboard = await firefox.tabOpenedBy(
        () => frame.evaluate((at) => void window.open(`${at}/dashboard.html`), origin),
        '/dashboard.html',
      );
      await dashboard.evaluate(() => fetch('https://watch.invalid/from-dashboard').catch(() => undefined));
      await until('the dashboard request to reach the proxy', async () =>
        firefox.escapedRequests.some((r) => r.startsWith('https://watch.invalid')),
      );
      await frame.evaluate(() => void setTimeout(() => Promise.reject(new Error('watch probe'))));
      await until('the thrown error to be logged', async () =>
        firefox.extensionErrors.some((e) => /moz-extension:.*watch probe/.test(e)),
      );
      await dashboard.close();
      await page.close();
      // Only the probes were recorded; the record starts clean for any later test.
      const { requests, errors } = firefox.takeRecord();
      assert.ok(
        requests.length > 0 && requests.every((r) => r.includes('watch.invalid')),
        requests.join(' | '),
      );
      assert.ok(errors.length > 0 && errors.every((e) => e.includes('watch probe')), errors.join(' | '));
    },
  );
});
