import {
  findByListingKeys,
  getApplications,
  readApplications,
  readApplicationsInRanges,
} from '../db/applications';
import { BUCKETS, bucketsOf } from '../db/buckets';
import type { TaskLensDb } from '../db/database';
import { flattenBuckets, readEventsInRanges } from '../db/history';
import { readSummaries } from '../db/summaries';
import type { EventsSheet, LogPieces } from './log-pieces';
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
 * Lends `use` the log in pieces (see LogPieces), all asked for at once in one transaction, so the
 * file is made while the rest is still being read. `withEvents: false` leaves the history out
 * (no pieces), for what does not need it, such as the applications CSV.
 */
export function readLogPieces<T>(
  db: TaskLensDb,
  use: (log: LogPieces) => Promise<T>,
  { withEvents = true } = {},
): Promise<T> {
  return db.transaction('r', db.platforms, db.applicationBuckets, db.historyBuckets, () =>
    use({
      platforms: db.platforms.toArray(),
      applications: readApplicationsInRanges(db),
      events: withEvents ? readEventsInRanges(db) : [],
    }),
  );
}

/**
 * Lends `use` what the events CSV needs, as readLogPieces does: every event, with titles from the
 * summaries (the full applications, with their listing text, are ten times the reading).
 */
export function readEventsSheet<T>(db: TaskLensDb, use: (sheet: EventsSheet) => Promise<T>): Promise<T> {
  return db.transaction('r', db.platforms, db.summaryBuckets, db.historyBuckets, () =>
    use({
      platforms: db.platforms.toArray(),
      titles: readSummaries(db).then((summaries) => new Map(summaries.map((s) => [s.id, s.title]))),
      events: readEventsInRanges(db),
    }),
  );
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
