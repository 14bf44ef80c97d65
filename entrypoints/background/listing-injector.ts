import { findListingAdapter } from '@/lib/sites/registry';

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

/**
 * Runs the listing content script only in tabs that show a listing: on a page load, and when a
 * single-page site moves to a listing URL without one. Other pages of the supported sites never
 * get TaskLens code, which keeps their cost at zero.
 */
export function injectIntoListingTabs() {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    const url = change.url ?? (change.status === 'complete' ? tab.url : undefined);
    if (!url || !findListingAdapter(url)) return;
    const job = (queue.get(tabId) ?? Promise.resolve())
      .then(() => ensureContentScript(tabId))
      .catch(() => {
        // The document was replaced meanwhile (or the tab closed); the load's next event retries.
      });
    queue.set(tabId, job);
    void job.then(() => {
      if (queue.get(tabId) === job) queue.delete(tabId);
    });
  });
}
