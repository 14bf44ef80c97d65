import type { TaskLensDb } from '../db/database';
import type { LogContents } from './payload';
import type { LogState } from './plan';

/**
 * Everything in the log, read in one transaction so the three tables agree. `withEvents: false`
 * leaves the history out (empty) for what does not need it, such as the applications CSV.
 */
export function readLog(db: TaskLensDb, { withEvents = true } = {}): Promise<LogContents> {
  return db.transaction('r', db.platforms, db.applications, db.events, async () => ({
    platforms: await db.platforms.toArray(),
    applications: await db.applications.toArray(),
    events: withEvents ? await db.events.toArray() : [],
  }));
}

/**
 * What planning an import needs from the log. A merge only needs event ids, which are far
 * cheaper to read than 50,000 whole events. Call inside a transaction.
 */
export async function readLogState(db: TaskLensDb, full: boolean): Promise<LogState> {
  const [platforms, applications, events] = await Promise.all([
    db.platforms.toArray(),
    db.applications.toArray(),
    full
      ? db.events.toArray()
      : db.events
          .toCollection()
          .primaryKeys()
          .then((ids) => ids.map((id) => ({ id: String(id) }))),
  ]);
  return { platforms, applications, events };
}
