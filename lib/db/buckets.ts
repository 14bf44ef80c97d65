import { groupBy } from '../model/group-by';

/**
 * Chromium's IndexedDB spends about 0.1 ms on every record written, whatever its size, so data
 * that is written in bulk and read as a whole (applications, their summaries, history) is stored
 * in a fixed number of buckets: a restore of 10,000 applications writes 256 records for each
 * instead of 10,000 or 50,000, and a single change rewrites one bucket (with a log of 10,000
 * applications, about 40 applications' worth).
 */
export const BUCKETS = 256;

/** FNV-1a over the key's UTF-16 code units: cheap, stable, and spreads ids evenly. */
export function bucketOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % BUCKETS;
}

/** The distinct buckets a set of keys falls into. */
export function bucketsOf(keys: Iterable<string>): number[] {
  const ids = new Set<number>();
  for (const key of keys) ids.add(bucketOf(key));
  return [...ids];
}

/** Every bucket id, for reading a whole bucketed store. */
export const ALL_BUCKETS: readonly number[] = Array.from({ length: BUCKETS }, (_, i) => i);

/** Every item of the given buckets (missing ones skipped), bucket by bucket. */
export function itemsOf<B, T>(buckets: readonly (B | undefined)[], listOf: (bucket: B) => readonly T[]): T[] {
  const items: T[] = [];
  for (const bucket of buckets) if (bucket) items.push(...listOf(bucket));
  return items;
}

/** Items grouped by the bucket their key falls into, in the order given. */
export function groupByBucket<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<number, T[]> {
  return groupBy(items, (item) => bucketOf(keyOf(item)));
}

const queues = new WeakMap<object, Promise<unknown>>();

/**
 * Runs a bucket's read-and-rewrite after any other already queued for the same transaction. Two
 * running at once would both read a bucket before either rewrote it, and one change would be lost.
 */
export function inTurn<T>(transaction: object, work: () => Promise<T>): Promise<T> {
  const turn = (queues.get(transaction) ?? Promise.resolve()).then(work);
  queues.set(
    transaction,
    turn.catch(() => undefined),
  );
  return turn;
}
