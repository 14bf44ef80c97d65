import type { TaskLensDb } from '../db/database';
import type { ImportMode, ImportPayload, LogContents } from './payload';
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
 * What planning an import needs from the log. `replace` compares the whole log with the file. A
 * merge looks up only the file's own records: applications by listing key or id, events by id
 * (events never change, so their ids are enough), which on a large log is far less to read than
 * every record. Call inside a transaction.
 */
export async function readLogState(
  db: TaskLensDb,
  mode: ImportMode,
  payload: ImportPayload,
): Promise<LogState> {
  const platforms = await db.platforms.toArray();
  if (mode === 'replace') {
    return { platforms, applications: await db.applications.toArray(), events: await db.events.toArray() };
  }
  const [byKey, byId, eventIds] = await Promise.all([
    db.applications
      .where('listingKey')
      .anyOf(payload.applications.map((a) => a.listingKey))
      .toArray(),
    db.applications.bulkGet(payload.applications.map((a) => a.id)),
    db.events
      .where(':id')
      .anyOf(payload.events.map((e) => e.id))
      .primaryKeys(),
  ]);
  const applications = new Map(byKey.map((a) => [a.id, a]));
  for (const a of byId) if (a) applications.set(a.id, a);
  return {
    platforms,
    applications: [...applications.values()],
    events: eventIds.map((id) => ({ id: String(id) })),
  };
}
