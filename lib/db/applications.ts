import { Dexie } from 'dexie';
import type { ApplicationBucket, ApplicationRecord } from '../model/records';
import { bucketOf, bucketsOf, groupByBucket, inTurn, itemsOf } from './buckets';
import type { LogTables } from './tables';

/**
 * Applications live in buckets by id (see buckets.ts): a restore of 10,000 applications writes
 * 256 records, not 10,000, and reading them all back takes a third of the time. Each bucket lists
 * its applications' listing keys for a unique multi-entry index, so a listing is found in one
 * lookup and two buckets can never hold the same listing. All reads and writes of applications go
 * through this file.
 */

/** A bucket as stored, its listing keys taken from its applications. */
function bucketOfApplications(id: number, applications: ApplicationRecord[]): ApplicationBucket {
  return { id, listingKeys: applications.map((a) => a.listingKey), applications };
}

/** The buckets a set of applications fills, built whole (a database upgrade, a benchmark's seed). */
export function bucketApplications(applications: readonly ApplicationRecord[]): ApplicationBucket[] {
  return [...groupByBucket(applications, (a) => a.id)].map(([id, list]) => bucketOfApplications(id, list));
}

const flatten = (buckets: readonly (ApplicationBucket | undefined)[]) =>
  itemsOf(buckets, (bucket) => bucket.applications);

export async function getApplication(db: LogTables, id: string): Promise<ApplicationRecord | undefined> {
  const bucket = await db.applicationBuckets.get(bucketOf(id));
  return bucket?.applications.find((a) => a.id === id);
}

/** The applications with these ids, in their order; undefined where there is none. */
export async function getApplications(
  db: LogTables,
  ids: readonly string[],
): Promise<(ApplicationRecord | undefined)[]> {
  const byId = new Map(flatten(await db.applicationBuckets.bulkGet(bucketsOf(ids))).map((a) => [a.id, a]));
  return ids.map((id) => byId.get(id));
}

/** The applications saved under any of these listing keys, in no particular order. */
export async function findByListingKeys(
  db: LogTables,
  keys: readonly string[],
): Promise<ApplicationRecord[]> {
  if (!keys.length) return [];
  const wanted = new Set(keys);
  // distinct(): a bucket holding two of the keys would otherwise be found twice.
  const buckets = await db.applicationBuckets
    .where('listingKeys')
    .anyOf([...wanted])
    .distinct()
    .toArray();
  return flatten(buckets).filter((a) => wanted.has(a.listingKey));
}

export async function findByListingKey(db: LogTables, key: string): Promise<ApplicationRecord | undefined> {
  const bucket = await db.applicationBuckets.where('listingKeys').equals(key).first();
  return bucket?.applications.find((a) => a.listingKey === key);
}

/** Every application, in no particular order. */
export async function readApplications(db: LogTables): Promise<ApplicationRecord[]> {
  return flatten(await db.applicationBuckets.toArray());
}

/** How many applications the log holds: one entry each in the listing-key index, read without the records. */
export function countApplications(db: LogTables): Promise<number> {
  return db.applicationBuckets.orderBy('listingKeys').count();
}

/** Thrown when a write would give two applications one id or one listing key; nothing is written. */
export class DuplicateApplicationError extends Error {
  override name = 'DuplicateApplicationError';
}

interface Change {
  /** Stored, replacing any application with the same id. */
  put?: readonly ApplicationRecord[];
  /** Ids deleted; ids not in the log are ignored. */
  remove?: readonly string[];
  /** Stored as new: an id already in the log (and not removed here) or given twice is refused. */
  add?: readonly ApplicationRecord[];
}

/**
 * Reads the buckets a change touches and writes them back changed, in turn with any other change
 * in the same transaction. Call inside a read-write transaction over applicationBuckets.
 */
export function changeApplications(db: LogTables, { put = [], remove = [], add = [] }: Change) {
  const transaction = Dexie.currentTransaction;
  if (!transaction) {
    return Promise.reject(
      new Error('Applications are written inside a transaction over applicationBuckets.'),
    );
  }
  if (!put.length && !remove.length && !add.length) return Promise.resolve();
  return inTurn(transaction, async () => {
    const ids = bucketsOf([...put.map((a) => a.id), ...add.map((a) => a.id), ...remove]);
    const stored = await db.applicationBuckets.bulkGet(ids);
    const putting = groupByBucket(put, (a) => a.id);
    const adding = groupByBucket(add, (a) => a.id);
    const gone = new Set(remove);
    const values: ApplicationBucket[] = [];
    const emptied: number[] = [];
    // Buckets as they are once what leaves them has left, and the keys each gives up.
    const vacated: { bucket: ApplicationBucket; leaving: string[] }[] = [];
    const arriving = new Set<string>();
    for (const [i, id] of ids.entries()) {
      const before = stored[i]?.applications ?? [];
      const fresh = [...new Map((putting.get(id) ?? []).map((a) => [a.id, a])).values()];
      const replaced = new Set(fresh.map((a) => a.id));
      const kept = before.filter((a) => !gone.has(a.id) && !replaced.has(a.id));
      const taken = new Set([...kept, ...fresh].map((a) => a.id));
      const newOnes = adding.get(id) ?? [];
      for (const a of newOnes) {
        if (taken.has(a.id)) {
          throw new DuplicateApplicationError('An application with that id is already in your log.');
        }
        taken.add(a.id);
      }
      const bucket = bucketOfApplications(id, [...kept, ...fresh, ...newOnes]);
      // The index sees each bucket's keys once, so two in one bucket are caught here.
      const keys = new Set(bucket.listingKeys);
      if (keys.size !== bucket.applications.length) {
        throw new DuplicateApplicationError('Two applications would share one listing.');
      }
      const had = new Set(before.map((a) => a.listingKey));
      for (const key of keys) if (!had.has(key)) arriving.add(key);
      const leaving = [...had].filter((key) => !keys.has(key));
      if (leaving.length) vacated.push({ bucket: bucketOfApplications(id, kept), leaving });
      if (bucket.applications.length) values.push(bucket);
      else if (stored[i]) emptied.push(id);
    }
    // The index checks each bucket as it is written, so a key moving to another bucket in this
    // change is first taken out of the bucket it leaves.
    const first = vacated
      .filter(({ leaving }) => leaving.some((key) => arriving.has(key)))
      .map(({ bucket }) => bucket);
    if (first.length) await db.applicationBuckets.bulkPut(first);
    if (emptied.length) await db.applicationBuckets.bulkDelete(emptied);
    if (values.length) await db.applicationBuckets.bulkPut(values);
  });
}

export function putApplications(db: LogTables, applications: readonly ApplicationRecord[]) {
  return changeApplications(db, { put: applications });
}

export function deleteApplicationsById(db: LogTables, ids: readonly string[]) {
  return changeApplications(db, { remove: ids });
}
