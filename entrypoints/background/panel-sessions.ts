import { liveQuery, type Subscription } from 'dexie';
import type { Browser } from 'wxt/browser';
import { findByListingKey } from '@/lib/db/applications';
import { sameRecord } from '@/lib/transfer/same-record';
import type { TaskLensDb } from '@/lib/db/database';
import type { Listing } from '@/lib/model/listing';
import { PanelHello, type PanelPush } from '@/lib/messaging/protocol';
import { trustOf } from '@/lib/messaging/trust';
import { readListing } from '@/lib/analysis/listing-reading';
import type { ListingReading } from '@/lib/analysis/reading';

/** A listing with its analysis and platform, worked out once here rather than in every panel frame. */
export interface ReadListing {
  listing: Listing;
  reading: ListingReading;
}

interface Session {
  tabId: number;
  /**
   * The last listing read on the page. It is kept while the page briefly shows none (a single-page
   * site re-rendering), so the same listing coming back is not read again.
   */
  read: ReadListing | null;
  /** Whether the page shows `read` now. */
  shown: boolean;
}

/** The listing the page shows now, with its reading, or null. */
export function shownListing(session: Session): ReadListing | null {
  return session.shown ? session.read : null;
}

interface Viewer {
  port: Browser.runtime.Port;
  subscription?: Subscription;
}

const STORE_PREFIX = 'panel-session:';

/** Whether a listing sent again reads the same, so its analysis still holds. */
function sameText(a: Listing, b: Listing): boolean {
  return (
    a.url === b.url &&
    a.title === b.title &&
    a.company === b.company &&
    a.payText === b.payText &&
    a.description === b.description
  );
}

/**
 * Links each panel frame to the content script that opened it. A content script names a random
 * session when it finds a listing; a panel may read that session only from the same tab, so a page
 * that embeds the panel on its own gets nothing. Sessions are mirrored in storage.session so a
 * restarted service worker still knows them.
 */
export class PanelSessions {
  private sessions = new Map<string, Session>();
  private viewers = new Map<string, Set<Viewer>>();

  constructor(private db: TaskLensDb) {
    browser.tabs.onRemoved.addListener((tabId) => this.dropTab(tabId));
  }

  private async load(id: string): Promise<Session | undefined> {
    const cached = this.sessions.get(id);
    if (cached) return cached;
    const stored = (await browser.storage.session?.get(STORE_PREFIX + id))?.[STORE_PREFIX + id] as
      Session | undefined;
    if (stored) this.sessions.set(id, stored);
    return stored;
  }

  async setListing(id: string, tabId: number, listing: Listing | null) {
    const known = await this.load(id);
    if (known && known.tabId !== tabId) throw new Error('That session belongs to another tab.');
    for (const [other, s] of this.sessions) if (s.tabId === tabId && other !== id) this.forget(other);
    // The same listing sent again keeps its reading; a new or changed one is read afresh.
    const last = known?.read ?? null;
    const session: Session = listing
      ? {
          tabId,
          read: {
            listing,
            reading: last && sameText(last.listing, listing) ? last.reading : readListing(listing),
          },
          shown: true,
        }
      : { tabId, read: last, shown: false };
    this.sessions.set(id, session);
    await browser.storage.session?.set({ [STORE_PREFIX + id]: session });
    for (const viewer of this.viewers.get(id) ?? []) this.watch(viewer, session);
    return null;
  }

  /** The session, if the asking frame is in the tab that opened it. */
  async forTab(id: string, tabId: number | undefined): Promise<Session> {
    const session = await this.load(id);
    if (!session || tabId === undefined || session.tabId !== tabId) {
      throw new Error('This panel is not attached to a listing in this tab.');
    }
    return session;
  }

  private forget(id: string) {
    this.sessions.delete(id);
    void browser.storage.session?.remove(STORE_PREFIX + id);
    for (const viewer of this.viewers.get(id) ?? []) viewer.subscription?.unsubscribe();
    this.viewers.delete(id);
  }

  private dropTab(tabId: number) {
    for (const [id, s] of this.sessions) if (s.tabId === tabId) this.forget(id);
  }

  /** Pushes the listing and, live, what the log holds for it to one panel. */
  private watch(viewer: Viewer, session: Session) {
    viewer.subscription?.unsubscribe();
    const shown = shownListing(session);
    const send = (push: PanelPush) => {
      try {
        viewer.port.postMessage(push);
      } catch {
        viewer.subscription?.unsubscribe();
      }
    };
    if (!shown) {
      send({ type: 'panel:state', listing: null, reading: null, application: null, platform: null });
      return;
    }
    const { listing, reading } = shown;
    // The listing goes out at once so the panel can draw it; what the log holds follows a moment later.
    send({ type: 'panel:state', listing, reading, application: null, platform: null });
    const logState = liveQuery(async () => {
      const application = (await findByListingKey(this.db, listing.listingKey)) ?? null;
      // Where the user stands with the platform even when this listing itself was never saved.
      const platformId = application?.platformId ?? reading.platform.key;
      const platform = (await this.db.platforms.get(platformId)) ?? null;
      return { application, platform };
    });
    // The query runs again whenever anything in the application's bucket changes (about 40
    // applications in a large log); the panel hears only when its own records did. It has already
    // been told there are none.
    let last: unknown = { application: null, platform: null };
    viewer.subscription = logState.subscribe({
      next: (state) => {
        if (sameRecord(state, last)) return;
        last = state;
        const { application, platform } = state;
        send({ type: 'panel:state', listing, reading, application, platform });
      },
      error: () => send({ type: 'panel:state', listing, reading, application: null, platform: null }),
    });
  }

  listenForPanels() {
    const extensionBase = browser.runtime.getURL('/');
    browser.runtime.onConnect.addListener((port) => {
      if (port.name !== 'panel') return;
      const sender = port.sender;
      if (trustOf(sender?.url, extensionBase, sender?.id === browser.runtime.id) !== 'panel') {
        port.disconnect();
        return;
      }
      const viewer: Viewer = { port };
      port.onMessage.addListener(async (raw: unknown) => {
        const hello = PanelHello.safeParse(raw);
        if (!hello.success) return port.disconnect();
        try {
          const session = await this.forTab(hello.data.session, sender?.tab?.id);
          const set = this.viewers.get(hello.data.session) ?? new Set<Viewer>();
          set.add(viewer);
          this.viewers.set(hello.data.session, set);
          this.watch(viewer, session);
        } catch {
          port.disconnect();
        }
      });
      port.onDisconnect.addListener(() => {
        viewer.subscription?.unsubscribe();
        for (const set of this.viewers.values()) set.delete(viewer);
      });
    });
  }
}
