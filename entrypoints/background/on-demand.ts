import type { OnDemandMode } from '../listing.content/controller';

const MENU_PAGE = 'tasklens-analyze-page';
const MENU_SELECTION = 'tasklens-analyze-selection';

/**
 * "Analyze this page" / "Analyze selected text": works on any site through activeTab, so TaskLens
 * never needs standing access to every site.
 */
export async function analyzeTab(tabId: number, mode: OnDemandMode) {
  await browser.scripting.executeScript({
    target: { tabId },
    func: (m: OnDemandMode) => {
      (globalThis as { __tasklensMode?: OnDemandMode }).__tasklensMode = m;
    },
    args: [mode],
  });
  await browser.scripting.executeScript({ target: { tabId }, files: ['/on-demand.js'] });
}

export function registerOnDemandAnalysis() {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({
        id: MENU_PAGE,
        title: 'Analyze this page with TaskLens',
        contexts: ['page'],
      });
      browser.contextMenus.create({
        id: MENU_SELECTION,
        title: 'Analyze selected text with TaskLens',
        contexts: ['selection'],
      });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    const mode: OnDemandMode = info.menuItemId === MENU_SELECTION ? 'selection' : 'page';
    analyzeTab(tab.id, mode).catch(() => {
      // Pages such as the browser's own cannot be scripted; nothing to do there.
    });
  });
}
