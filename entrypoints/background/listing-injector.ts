import { CONTENT_SCRIPT_MATCHES, findListingAdapter } from '@/lib/sites/registry';

const CONTENT_SCRIPT = '/content-scripts/listing.js';

/** Per tab, the injection under way: later events queue behind it, so each tab gets one copy. */
const queue = new Map<number, Promise<void>>();

async function ensureContentScript(tabId: number) {
  const target = { tabId, frameIds: [0] };
  const [probe] = await browser.scripting.executeScript({
    target,
    func: () => Boolean((globalThis as { __tasklensController?: unknown }).__tasklensController),
  });
  if (probe?.result) return; // already there: it follows the page's own navigation itself
  await browser.scripting.executeScript({ target, files: [CONTENT_SCRIPT] });
}

/** Injects into one tab, after any injection already under way there. */
function ensureInTab(tabId: number) {
  const job = (queue.get(tabId) ?? Promise.resolve())
    .then(() => ensureContentScript(tabId))
    .catch(() => {
      // The document was replaced meanwhile (or the tab closed); the load's next event retries.
    });
  queue.set(tabId, job);
  void job.then(() => {
    if (queue.get(tabId) === job) queue.delete(tabId);
  });
}

/**
 * Runs the listing content script only in tabs that show a listing: on a page load, and when a
 * single-page site moves to a listing URL without one. Other pages of the supported sites never
 * get TaskLens code, which keeps their cost at zero.
 */
export function injectIntoListingTabs() {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // A finished load, or a single-page site changing its URL after one. A URL change during a
    // load is skipped: the document it reports may not be the one that will show the listing.
    const url = change.status === 'complete' ? tab.url : tab.status === 'complete' ? change.url : undefined;
    if (url && findListingAdapter(url)) ensureInTab(tabId);
  });
  void injectIntoOpenListingTabs();
}

const SWEPT_KEY = 'listing-tabs-swept';

/**
 * Listings already open when TaskLens is installed, updated or first started get their panel too
 * (a freshly installed worker hears no tab events until its listeners are registered). Once per
 * browser session: storage.session outlives a worker that went to sleep, not a browser or
 * extension restart, so waking the worker does not probe every listing tab again.
 */
async function injectIntoOpenListingTabs() {
  try {
    if ((await browser.storage.session?.get(SWEPT_KEY))?.[SWEPT_KEY]) return;
    await browser.storage.session?.set({ [SWEPT_KEY]: true });
    const tabs = await browser.tabs.query({ url: CONTENT_SCRIPT_MATCHES });
    for (const tab of tabs) {
      if (tab.id !== undefined && tab.url && tab.status === 'complete' && findListingAdapter(tab.url)) {
        ensureInTab(tab.id);
      }
    }
  } catch {
    // No tabs to look at (or none we may read): nothing to do.
  }
}
