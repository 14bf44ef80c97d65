import type { Listing } from '@/lib/model/listing';
import type { ContentMessage } from '@/lib/messaging/protocol';
import { readToContentMessage } from '@/lib/messaging/to-content';
import { extractListing } from '@/lib/sites/extract';
import { findListingAdapter, hostIsOrUnder, SPA_HOSTS } from '@/lib/sites/registry';
import { highlightSnippet } from './highlight';
import { PanelHost } from './panel-host';
import { loadLayout, saveLayout, type PanelLayout } from './panel-layout';
import { listingFromSelection } from './selection';
import { listingFingerprint } from './text-hash';

export type OnDemandMode = 'page' | 'selection';

const RECHECK_DELAY_MS = 40;
const URL_POLL_MS = 150;

/**
 * Finds the listing on the page, keeps it current as single-page apps swap listings, and owns the
 * panel host. One per page: on-demand analysis reuses the instance the content script made.
 */
export class ListingController {
  private readonly session = crypto.randomUUID();
  private host: PanelHost | undefined;
  private shown: string | null = null;
  private observer: MutationObserver | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private poll: ReturnType<typeof setInterval> | undefined;
  private lastUrl = '';
  private onDemand: OnDemandMode | null = null;
  private selected: Listing | null = null;
  /** Read while the page is searched, so the host goes up as soon as a listing is found. */
  private layout: Promise<PanelLayout> = loadLayout(location.hostname);

  /** One per page: the content script and an on-demand injection share the isolated world. */
  static attach(): { controller: ListingController; created: boolean } {
    const slot = globalThis as { __tasklensController?: ListingController };
    if (slot.__tasklensController) return { controller: slot.__tasklensController, created: false };
    slot.__tasklensController = new ListingController();
    return { controller: slot.__tasklensController, created: true };
  }

  private constructor() {}

  start() {
    browser.runtime.onMessage.addListener((raw: unknown) => this.onMessage(raw));
    // Injected early in a load, the page may have no body yet: read it once the DOM is parsed.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.check(), { once: true });
    } else {
      this.check();
    }
    if (SPA_HOSTS.some((d) => hostIsOrUnder(location.hostname, d))) {
      // Single-page apps change the listing without a load: follow the URL cheaply everywhere on
      // the site, and the DOM closely only while a listing is shown.
      this.poll = setInterval(() => location.href !== this.lastUrl && this.check(), URL_POLL_MS);
    }
  }

  analyzeOnDemand(mode: OnDemandMode) {
    this.onDemand = mode;
    this.selected = mode === 'selection' ? listingFromSelection(document, location.href) : null;
    this.shown = null;
    this.check();
  }

  private read(): Listing | null {
    if (this.onDemand === 'selection') return this.selected;
    return extractListing(document, location.href, this.onDemand === 'page');
  }

  private check() {
    this.timer = undefined;
    // Only the extension going away (updated, reloaded or removed) ends this script. Nothing the
    // page can send does: WXT's "newer copy started" event is ignored, as the page can fake it.
    if (!browser.runtime?.id) return this.teardown();
    if (location.href !== this.lastUrl) {
      if (this.lastUrl && this.onDemand === 'selection') this.onDemand = null;
      this.lastUrl = location.href;
    }
    const listing = this.read();
    const isListingUrl = Boolean(this.onDemand) || Boolean(findListingAdapter(location.href));
    if (isListingUrl) this.observe();
    else this.stopObserving();

    if (listing) {
      const print = listingFingerprint(listing);
      if (print !== this.shown) {
        this.shown = print;
        this.send({ type: 'listing:found', session: this.session, listing });
        void this.showPanel();
      }
    } else if (this.shown !== null) {
      // The URL moved on but the new listing is not in the DOM yet (or the page is no longer a
      // listing): never leave the previous listing's data on screen.
      this.shown = null;
      this.send({ type: 'listing:gone', session: this.session });
      if (!isListingUrl) this.hidePanel();
    }
  }

  private schedule = () => {
    this.timer ??= setTimeout(() => this.check(), RECHECK_DELAY_MS);
  };

  private observe() {
    if (this.observer || !document.body) return;
    this.observer = new MutationObserver(this.schedule);
    this.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  private stopObserving() {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private send(message: ContentMessage) {
    browser.runtime.sendMessage(message).catch(() => {
      // The background restarts on demand; the next check resends.
    });
  }

  private async showPanel() {
    if (this.host) return this.host.mount();
    const layout = await this.layout;
    this.host ??= new PanelHost(this.session, layout);
    this.host.mount();
  }

  private hidePanel() {
    this.host?.remove();
    this.host = undefined;
  }

  private onMessage(raw: unknown) {
    const m = readToContentMessage(raw);
    if (!m) return undefined;
    if (m.type === 'panel:layout') {
      const layout = { collapsed: m.collapsed, side: m.side };
      this.host?.setLayout(layout);
      if (m.remember === false) return Promise.resolve(true);
      this.layout = Promise.resolve(layout);
      return saveLayout(location.hostname, layout).then(() => true);
    }
    return Promise.resolve(highlightSnippet(document, m.snippet));
  }

  private teardown() {
    this.stopObserving();
    clearTimeout(this.timer);
    clearInterval(this.poll);
    this.hidePanel();
    const slot = globalThis as { __tasklensController?: ListingController };
    if (slot.__tasklensController === this) delete slot.__tasklensController;
  }
}
