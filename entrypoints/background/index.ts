import '@/lib/model/zod-config';
import { TaskLensDb } from '@/lib/db/database';
import { injectIntoListingTabs } from './listing-injector';
import { listenForMessages } from './messages';
import { registerOnDemandAnalysis } from './on-demand';
import { PanelSessions } from './panel-sessions';

export default defineBackground(() => {
  const db = new TaskLensDb();
  const sessions = new PanelSessions(db);
  listenForMessages(db, sessions);
  sessions.listenForPanels();
  registerOnDemandAnalysis();
  injectIntoListingTabs();
});
