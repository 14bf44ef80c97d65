import { findByListingKeys, getApplications, readApplications } from '../db/applications';
import { BUCKETS, bucketsOf } from '../db/buckets';
import type { TaskLensDb } from '../db/database';
import { flattenBuckets } from '../db/history';
import { readSummaries } from '../db/summaries';
import type { EventsSheet } from './csv-export';
import type { ImportMode, ImportPayload, LogContents } from './payload';
import type { LogState } from './plan';

/**
 * Everything in the log, read in one transaction so the three tables agree. `withEvents: false`
 * leaves the history out (empty) for what does not need it, such as the applications CSV.
 */
export function readLog(db: TaskLensDb, { withEvents = true } = {}): Promise<LogContents> {
  return db.transaction('r', db.platforms, db.applicationBuckets, db.historyBuckets, () =>
    readAll(db, withEvents),
  );
}

/** Every record, inside the caller's transaction. */
async function readAll(db: TaskLensDb, withEvents: boolean): Promise<LogContents> {
  // Asked for together, so the database serves one while the page unpacks another.
  const [platforms, applications, buckets] = await Promise.all([
    db.platforms.toArray(),
    readApplications(db),
    withEvents ? db.historyBuckets.toArray() : [],
  ]);
  return { platforms, applications, events: flattenBuckets(buckets) };
}

/**
 * What the events CSV needs: every event, with titles from the summaries (the full applications,
 * with their listing text, are ten times the reading).
 */
export function readEventsSheet(db: TaskLensDb): Promise<EventsSheet> {
  return db.transaction('r', db.platforms, db.summaryBuckets, db.historyBuckets, async () => {
    const [platforms, summaries, buckets] = await Promise.all([
      db.platforms.toArray(),
      readSummaries(db),
      db.historyBuckets.toArray(),
    ]);
    const titles = new Map(summaries.map((s) => [s.id, s.title]));
    return { platforms, events: flattenBuckets(buckets), titles };
  });
}

/**
 * What planning an import needs from the log. `replace` compares the whole log with the file. A
 * merge needs only the log's copies of the file's own applications, by listing key or id, and
 * every event the log holds when the file has any: an earlier merge may have filed one of the
 * file's events under another application's id, and only its id tells it is already there. Each
 * lookup reads a whole bucket of applications, up to twice (by key and by id), so a file whose ids
 * fall in half the buckets or more reads every bucket once instead. Call inside a transaction.
 */
export async function readLogState(
  db: TaskLensDb,
  mode: ImportMode,
  payload: ImportPayload,
): Promise<LogState> {
  if (mode === 'replace') return readAll(db, true);
  const platforms = await db.platforms.toArray();
  const wholeRead = bucketsOf(payload.applications.map((a) => a.id)).length * 2 >= BUCKETS;
  const [byKey, byId] = wholeRead
    ? [await readApplications(db), []]
    : await Promise.all([
        findByListingKeys(
          db,
          payload.applications.map((a) => a.listingKey),
        ),
        getApplications(
          db,
          payload.applications.map((a) => a.id),
        ),
      ]);
  const applications = new Map(byKey.map((a) => [a.id, a]));
  for (const a of byId) if (a) applications.set(a.id, a);
  return {
    platforms,
    applications: [...applications.values()],
    events: payload.events.length ? flattenBuckets(await db.historyBuckets.toArray()) : [],
  };
}
