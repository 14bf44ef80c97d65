import type { Browser } from 'wxt/browser';
import {
  deleteApplication,
  deleteApplications,
  editApplication,
  restoreBatch,
  setOutcome,
  setStage,
  setStages,
} from '@/lib/db/application-edits';
import type { TaskLensDb } from '@/lib/db/database';
import {
  createPlatform,
  editPlatform,
  putRequirement,
  removeRequirement,
  setPlatformOutcome,
  setPlatformStage,
} from '@/lib/db/platform-edits';
import { saveListing } from '@/lib/db/save-listing';
import type { CommandHandlers } from '@/lib/messaging/commands';
import { listingOriginProblemFor } from '@/lib/messaging/listing-origin';
import type { ToContentMessage } from '@/lib/messaging/protocol';
import { wipeLog } from '@/lib/transfer/wipe';
import { importSession } from '@/features/transfer/background';
import { storeWrongReport } from '@/features/wrong-reports/background';
import { analyzeTab } from './on-demand';
import { shownListing, type PanelSessions } from './panel-sessions';

export interface CommandContext {
  db: TaskLensDb;
  sessions: PanelSessions;
  sender: Browser.runtime.MessageSender;
}

/** The tab a content script or the panel frame sent from. */
function senderTab(sender: Browser.runtime.MessageSender): number {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('This message must come from a tab.');
  return tabId;
}

/** The listing the panel's tab shows, from the session the background keeps, never from the frame. */
async function shownFor({ sessions, sender }: CommandContext, session: string, doing: string) {
  const shown = shownListing(await sessions.forTab(session, sender.tab?.id));
  if (!shown) throw new Error(`There is no listing on this page to ${doing}.`);
  return shown;
}

async function toContent({ sessions, sender }: CommandContext, session: string, message: ToContentMessage) {
  const { tabId } = await sessions.forTab(session, sender.tab?.id);
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 }) as Promise<unknown>;
}

/** One handler per command in lib/messaging/commands.ts; the router calls them once validated. */
export const COMMAND_HANDLERS: CommandHandlers<CommandContext> = {
  'listing:found': (m, { sessions, sender }) => {
    const tabAddress = sender.frameId === 0 ? sender.tab?.url : undefined;
    const problem = listingOriginProblemFor(m.listing, [tabAddress, sender.url]);
    if (problem) throw new Error(`${problem} Nothing was changed.`);
    return sessions.setListing(m.session, senderTab(sender), m.listing);
  },
  'listing:gone': (m, { sessions, sender }) => sessions.setListing(m.session, senderTab(sender), null),

  'application:save': async (m, context) => {
    const { listing, reading } = await shownFor(context, m.session, 'save');
    return saveListing(context.db, { listing, analysis: reading.analysis, stage: m.stage, notes: m.notes });
  },
  'report:wrong': async (m, context) => {
    const { listing, reading } = await shownFor(context, m.session, 'report');
    return storeWrongReport(listing, m.part, m.note, reading.analysis);
  },
  'panel:layout': async (m, context) => {
    const { collapsed, side, remember } = m;
    await toContent(context, m.session, { type: 'panel:layout', collapsed, side, remember });
    return null;
  },
  'panel:highlight': async (m, context) =>
    (await toContent(context, m.session, { type: 'panel:highlight', snippet: m.snippet })) === true,

  'application:stage': (m, { db }) => setStage(db, m.id, m.stage),
  'application:outcome': (m, { db }) => setOutcome(db, m.id, m.outcome),
  'application:edit': (m, { db }) =>
    editApplication(db, m.id, { notes: m.notes, tags: m.tags, payNoted: m.payNoted }),
  'application:delete': (m, { db }) => deleteApplication(db, m.id),
  'applications:stage': (m, { db }) => setStages(db, m.ids, m.stage),
  'applications:delete': (m, { db }) => deleteApplications(db, m.ids),
  'applications:restore': (m, { db }) => restoreBatch(db, m.batch),
  'platform:create': (m, { db }) => createPlatform(db, m.name),
  'platform:stage': (m, { db }) => setPlatformStage(db, m.id, m.stage),
  'platform:outcome': (m, { db }) => setPlatformOutcome(db, m.id, m.outcome),
  'platform:edit': (m, { db }) =>
    editPlatform(db, m.id, { name: m.name, notes: m.notes, unpaidHours: m.unpaidHours }),
  'platform:requirement': (m, { db }) => putRequirement(db, m.id, m.requirement),
  'platform:requirement-remove': (m, { db }) =>
    removeRequirement(db, m.id, { id: m.requirement, label: m.label }),

  'import:files': (m, { db }) => importSession(db).receiveFiles(m),
  'import:part': (m, { db }) => importSession(db).receive(m),
  'import:preview': (m, { db }) => importSession(db).preview(m.importId, m.mode),
  'import:apply': (m, { db }) => importSession(db).apply(m.importId, m.mode),
  'import:discard': (m, { db }) => importSession(db).discard(m.importId),
  'db:wipe': (_m, { db }) => wipeLog(db),

  'tab:analyze': (m) => analyzeTab(m.tabId, m.mode).then(() => null),
};
