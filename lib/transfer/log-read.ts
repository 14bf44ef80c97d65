import type { TaskLensDb } from '../db/database';
import { eventsNear, flattenBuckets, historyKey } from '../db/history';
import type { ImportMode, ImportPayload, LogContents } from './payload';
import type { LogState } from './plan';

/**
 * Everything in the log, read in one transaction so the three tables agree. `withEvents: false`
 * leaves the history out (empty) for what does not need it, such as the applications CSV.
 */
export function readLog(db: TaskLensDb, { withEvents = true } = {}): Promise<LogContents> {
  return db.transaction('r', db.platforms, db.applications, db.historyBuckets, async () => ({
    platforms: await db.platforms.toArray(),
    applications: await db.applications.toArray(),
    events: withEvents ? flattenBuckets(await db.historyBuckets.toArray()) : [],
  }));
}

/**
 * What planning an import needs from the log. `replace` compares the whole log with the file. A
 * merge looks up only the file's own records: applications by listing key or id, and the
 * histories of the subjects the file's events name or its applications match, which on a large
 * log is far less to read than every record. Call inside a transaction.
 */
export async function readLogState(
  db: TaskLensDb,
  mode: ImportMode,
  payload: ImportPayload,
): Promise<LogState> {
  const platforms = await db.platforms.toArray();
  if (mode === 'replace') {
    const [applications, buckets] = await Promise.all([
      db.applications.toArray(),
      db.historyBuckets.toArray(),
    ]);
    return { platforms, applications, events: flattenBuckets(buckets) };
  }
  const [byKey, byId] = await Promise.all([
    db.applications
      .where('listingKey')
      .anyOf(payload.applications.map((a) => a.listingKey))
      .toArray(),
    db.applications.bulkGet(payload.applications.map((a) => a.id)),
  ]);
  const applications = new Map(byKey.map((a) => [a.id, a]));
  for (const a of byId) if (a) applications.set(a.id, a);
  const subjects = new Set(payload.events.map((e) => historyKey(e.subject, e.subjectId)));
  for (const id of applications.keys()) subjects.add(historyKey('application', id));
  return {
    platforms,
    applications: [...applications.values()],
    events: await eventsNear(db, subjects),
  };
}
