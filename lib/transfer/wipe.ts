import { countApplications } from '../db/applications';
import type { TaskLensDb } from '../db/database';
import { countEvents } from '../db/history';

/** The phrase a wipe must carry, so that no stray or mistaken message empties the log. */
export const WIPE_CONFIRMATION = 'delete everything';

export interface WipeSummary {
  platforms: number;
  applications: number;
  events: number;
  trash: number;
}

/**
 * Deletes every record in the log, the trash for undo included, in one transaction; asked for
 * only from the extension's own pages.
 */
export function wipeLog(db: TaskLensDb): Promise<WipeSummary> {
  const tables = [db.platforms, db.applicationBuckets, db.historyBuckets, db.trash] as const;
  return db.transaction('rw', tables, async () => {
    const summary = {
      platforms: await db.platforms.count(),
      applications: await countApplications(db),
      events: await countEvents(db),
      trash: await db.trash.count(),
    };
    await Promise.all(tables.map((t) => t.clear()));
    return summary;
  });
}
