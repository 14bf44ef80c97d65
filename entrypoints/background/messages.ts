import type { Browser } from 'wxt/browser';
import type { TaskLensDb } from '@/lib/db/database';
import type { Reply } from '@/lib/messaging/protocol';
import { routeMessage } from '@/lib/messaging/router';
import { trustOf } from '@/lib/messaging/trust';
import { COMMAND_HANDLERS } from './command-handlers';
import type { PanelSessions } from './panel-sessions';

/** The one place messages enter the background: the sender's tier is decided here, once. */
export function listenForMessages(db: TaskLensDb, sessions: PanelSessions) {
  const extensionBase = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener(
    (raw: unknown, sender: Browser.runtime.MessageSender): Promise<Reply> | undefined => {
      const trust = trustOf(sender.url, extensionBase, sender.id === browser.runtime.id);
      return routeMessage(COMMAND_HANDLERS, raw, trust, { db, sessions, sender });
    },
  );
}
