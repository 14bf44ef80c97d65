import type { EventRecord, HistoryBucket, HistoryRecord } from '../model/records';
import { Dexie } from 'dexie';
import { bucketOf, bucketsOf, inTurn } from './buckets';
import type { LogTables } from './tables';

/** A subject's history lives in the bucket its key hashes to (see buckets.ts). */
export function historyKey(subject: EventRecord['subject'], subjectId: string): string {
  return `${subject}:${subjectId}`;
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

/** Adds events to their subjects' histories. Call inside a transaction that includes historyBuckets. */
export async function addEvents(db: LogTables, events: readonly EventRecord[]): Promise<void> {
  if (!events.length) return;
  const transaction = Dexie.currentTransaction;
  if (!transaction) throw new Error('addEvents needs a transaction that includes historyBuckets.');
  const ids = bucketsOf(events.map((e) => historyKey(e.subject, e.subjectId)));
  await inTurn(transaction, async () => {
    const stored = await db.historyBuckets.bulkGet(ids);
    await db.historyBuckets.bulkPut(mergeIntoBuckets(events, stored));
  });
}

/** One subject's events, oldest first. */
export async function eventsOf(
  db: LogTables,
  subject: EventRecord['subject'],
  subjectId: string,
): Promise<EventRecord[]> {
  const key = historyKey(subject, subjectId);
  const bucket = await db.historyBuckets.get(bucketOf(key));
  return bucket?.histories.find((h) => h.id === key)?.events ?? [];
}

/** Every event in the given buckets, subject by subject. */
export function flattenBuckets(buckets: readonly (HistoryBucket | undefined)[]): EventRecord[] {
  const events: EventRecord[] = [];
  for (const b of buckets) if (b) for (const h of b.histories) for (const e of h.events) events.push(e);
  return events;
}

export async function countEvents(db: LogTables): Promise<number> {
  let count = 0;
  await db.historyBuckets.each((b) => {
    for (const h of b.histories) count += h.events.length;
  });
  return count;
}
