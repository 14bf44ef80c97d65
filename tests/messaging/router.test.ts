import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TaskLensDb } from '@/lib/db/database';
import { findByListingKey } from '@/lib/db/applications';
import { saveListing } from '@/lib/db/save-listing';
import { routeMessage } from '@/lib/messaging/router';
import type { Trust } from '@/lib/messaging/trust';
import { COMMAND_HANDLERS } from '@/entrypoints/background/command-handlers';
import { PanelSessions } from '@/entrypoints/background/panel-sessions';
import { freshDb, makeListing, snapshot } from '../db/fixtures';

const SESSION = '0b7f6a4e-2c1d-4e5f-8a9b-1c2d3e4f5a6b';
const UPWORK_URL = 'https://www.upwork.com/jobs/~021234567890123456789';
const LINKEDIN = makeListing('x', {
  siteId: 'linkedin',
  url: 'https://www.linkedin.com/jobs/view/4012345678/',
  canonicalUrl: 'https://www.linkedin.com/jobs/view/4012345678/',
  listingKey: 'linkedin:4012345678',
  title: 'Data annotator',
  company: 'Acme',
});

let db: TaskLensDb;
let sessions: PanelSessions;
beforeEach(() => {
  db = freshDb();
  sessions = new PanelSessions(db);
});
afterEach(() => db.delete());

/** A message as the background receives it from a sender in tab 7. */
function fromTab(raw: unknown, trust: Trust, url: string) {
  return routeMessage(COMMAND_HANDLERS, raw, trust, {
    db,
    sessions,
    sender: { url, tab: { id: 7 } } as never,
  });
}

describe('a listing sent from a tab', () => {
  it('is refused when its key belongs to another site, and the saved application stays as it was', async () => {
    await saveListing(db, { listing: LINKEDIN, stage: 'applied', notes: 'mine' });
    const before = await snapshot(db);
    const forged = { ...LINKEDIN, title: 'Overwritten', url: UPWORK_URL, canonicalUrl: UPWORK_URL };
    const reply = await fromTab(
      { type: 'listing:found', session: SESSION, listing: forged },
      'content',
      UPWORK_URL,
    );
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/another site|not this page/) });
    // The panel in that tab has nothing to save over the LinkedIn application.
    const save = { type: 'application:save', session: SESSION, stage: 'found', notes: '' };
    const panelUrl = 'chrome-extension://tasklens/panel.html';
    expect(await fromTab(save, 'panel', panelUrl)).toMatchObject({ ok: false });
    expect(await snapshot(db)).toEqual(before);
    expect(await findByListingKey(db, LINKEDIN.listingKey)).toMatchObject({ notes: 'mine' });
  });

  it('is kept when it is the listing the tab shows, and the panel can save it', async () => {
    const reply = await fromTab(
      { type: 'listing:found', session: SESSION, listing: LINKEDIN },
      'content',
      LINKEDIN.url,
    );
    expect(reply).toEqual({ ok: true, data: null });
    const save = { type: 'application:save', session: SESSION, stage: 'found', notes: 'n' };
    const saved = await fromTab(save, 'panel', 'chrome-extension://tasklens/panel.html');
    expect(saved).toMatchObject({ ok: true, data: { listingKey: LINKEDIN.listingKey, notes: 'n' } });
  });

  it('is refused from the panel frame and from the extension pages', async () => {
    const message = { type: 'listing:found', session: SESSION, listing: LINKEDIN };
    for (const trust of ['panel', 'page', 'unknown'] as const) {
      expect(await fromTab(message, trust, LINKEDIN.url)).toMatchObject({ ok: false });
    }
  });
});
