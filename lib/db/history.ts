import type { EventRecord, HistoryBucket, HistoryRecord } from '../model/records';
import type { TaskLensDb } from './database';

/**
 * Events are stored in a fixed number of buckets, each holding the whole history of the subjects
 * (applications and platforms) that hash into it. Chromium's IndexedDB spends about 0.1 ms on
 * every record written whatever its size, so a restore of 50,000 events writes 256 records
 * instead of 50,000; a single change rewrites one bucket (a log of 10,000 applications puts about
 * 40 subjects in each).
 */
export const HISTORY_BUCKETS = 256;

export function historyKey(subject: EventRecord['subject'], subjectId: string): string {
  return `${subject}:${subjectId}`;
}

/** FNV-1a over the key's UTF-16 code units: cheap, stable, and spreads ids evenly. */
export function bucketOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % HISTORY_BUCKETS;
}

const byTime = (a: EventRecord, b: EventRecord) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);

/**
 * The buckets `events` change, given those buckets as stored (missing ones start empty). Each
 * subject's events stay oldest first; an event already stored (same subject and id) is not added
 * twice. Pure: the stored buckets are copied, not changed.
 */
export function mergeIntoBuckets(
  events: readonly EventRecord[],
  stored: readonly (HistoryBucket | undefined)[] = [],
): HistoryBucket[] {
  const buckets = new Map<number, Map<string, HistoryRecord>>();
  for (const bucket of stored) {
    if (bucket) buckets.set(bucket.id, new Map(bucket.histories.map((h) => [h.id, h])));
  }
  const touched = new Map<string, { history: HistoryRecord; ids: Set<string> }>();
  const changedBuckets = new Set<number>();
  for (const e of events) {
    const key = historyKey(e.subject, e.subjectId);
    let entry = touched.get(key);
    if (!entry) {
      const bucketId = bucketOf(key);
      let bucket = buckets.get(bucketId);
      if (!bucket) buckets.set(bucketId, (bucket = new Map()));
      const current = bucket.get(key);
      const history = {
        id: key,
        subject: e.subject,
        subjectId: e.subjectId,
        events: [...(current?.events ?? [])],
      };
      entry = { history, ids: new Set(history.events.map((x) => x.id)) };
      touched.set(key, entry);
      bucket.set(key, history);
    }
    if (entry.ids.has(e.id)) continue;
    entry.ids.add(e.id);
    entry.history.events.push(e);
    changedBuckets.add(bucketOf(key));
  }
  // Stable, so events recorded in the same millisecond keep the order they happened in.
  for (const { history } of touched.values()) history.events.sort(byTime);
  return [...changedBuckets].map((id) => ({ id, histories: [...buckets.get(id)!.values()] }));
}

function bucketIdsOf(keys: Iterable<string>): number[] {
  return [...new Set([...keys].map(bucketOf))];
}

/** Adds events to their subjects' histories. Call inside a transaction that includes historyBuckets. */
export async function addEvents(db: TaskLensDb, events: readonly EventRecord[]): Promise<void> {
  if (!events.length) return;
  const ids = bucketIdsOf(events.map((e) => historyKey(e.subject, e.subjectId)));
  const stored = await db.historyBuckets.bulkGet(ids);
  await db.historyBuckets.bulkPut(mergeIntoBuckets(events, stored));
}

/** One subject's events, oldest first. */
export async function eventsOf(
  db: TaskLensDb,
  subject: EventRecord['subject'],
  subjectId: string,
): Promise<EventRecord[]> {
  const key = historyKey(subject, subjectId);
  const bucket = await db.historyBuckets.get(bucketOf(key));
  return bucket?.histories.find((h) => h.id === key)?.events ?? [];
}

/**
 * The events of at least the given subjects (those sharing their buckets come along), for
 * checking which of a file's events the log already holds.
 */
export async function eventsNear(db: TaskLensDb, keys: Iterable<string>): Promise<EventRecord[]> {
  return flattenBuckets(await db.historyBuckets.bulkGet(bucketIdsOf(keys)));
}

/** Every event in the given buckets, subject by subject. */
export function flattenBuckets(buckets: readonly (HistoryBucket | undefined)[]): EventRecord[] {
  const events: EventRecord[] = [];
  for (const b of buckets) if (b) for (const h of b.histories) for (const e of h.events) events.push(e);
  return events;
}

export async function countEvents(db: TaskLensDb): Promise<number> {
  let count = 0;
  await db.historyBuckets.each((b) => {
    for (const h of b.histories) count += h.events.length;
  });
  return count;
}
