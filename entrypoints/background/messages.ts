import type { Browser } from 'wxt/browser';
import type { TaskLensDb } from '@/lib/db/database';
import { applyLogCommand, isLogCommand } from '@/lib/db/log-commands';
import { describeStorageError } from '@/lib/db/storage-errors';
import { saveListing } from '@/lib/db/save-listing';
import type { Reply, ToContentMessage } from '@/lib/messaging/protocol';
import { parseMessage, trustOf, type ParsedMessage } from '@/lib/messaging/trust';
import { isTransferCommand } from '@/lib/transfer/commands';
import { analyzeTab } from './on-demand';
import { shownListing, type PanelSessions } from './panel-sessions';
import { handleTransferCommand } from './transfer';
import { storeWrongReport } from './wrong-reports';

type Sender = Browser.runtime.MessageSender;

async function handle(db: TaskLensDb, sessions: PanelSessions, parsed: ParsedMessage, sender: Sender) {
  const tabId = sender.tab?.id;
  if (parsed.trust === 'content') {
    const m = parsed.message;
    if (tabId === undefined) throw new Error('Listing messages must come from a tab.');
    if (m.type === 'listing:found') return sessions.setListing(m.session, tabId, m.listing);
    return sessions.setListing(m.session, tabId, null);
  }
  if (parsed.trust === 'panel') {
    const m = parsed.message;
    const session = await sessions.forTab(m.session, tabId);
    // The listing and its analysis come from the session the background keeps, never from the frame.
    const shown = shownListing(session);
    if (m.type === 'application:save') {
      if (!shown) throw new Error('There is no listing on this page to save.');
      const { listing, reading } = shown;
      return saveListing(db, { listing, analysis: reading.analysis, stage: m.stage, notes: m.notes });
    }
    if (m.type === 'report:wrong') {
      if (!shown) throw new Error('There is no listing on this page to report.');
      return storeWrongReport(shown.listing, m.part, m.note, shown.reading.analysis);
    }
    const toContent: ToContentMessage =
      m.type === 'panel:layout'
        ? { type: 'panel:layout', collapsed: m.collapsed, side: m.side, remember: m.remember }
        : { type: 'panel:highlight', snippet: m.snippet };
    const answer: unknown = await browser.tabs.sendMessage(session.tabId, toContent, { frameId: 0 });
    // For a highlight, whether the evidence was found in the page.
    return m.type === 'panel:highlight' ? answer === true : null;
  }
  const m = parsed.message;
  if (isLogCommand(m)) return applyLogCommand(db, m);
  if (isTransferCommand(m)) return handleTransferCommand(db, m);
  if (m.type === 'tab:analyze') return analyzeTab(m.tabId, m.mode).then(() => null);
  throw new Error(`TaskLens cannot handle "${(m as { type: string }).type}" yet.`);
}

/** The one place messages enter the background: validated by sender, then applied. */
export function listenForMessages(db: TaskLensDb, sessions: PanelSessions) {
  const extensionBase = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender): Promise<Reply> | undefined => {
    const trust = trustOf(sender.url, extensionBase, sender.id === browser.runtime.id);
    const result = parseMessage(raw, trust);
    if (!result.ok) return Promise.resolve({ ok: false, error: result.error });
    return handle(db, sessions, result.parsed, sender).then(
      (data): Reply => ({ ok: true, data }),
      (error: unknown): Reply => ({ ok: false, error: describeStorageError(error) }),
    );
  });
}
