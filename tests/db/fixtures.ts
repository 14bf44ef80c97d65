import { afterEach, beforeEach } from 'vitest';
import type { Listing } from '@/lib/model/listing';
import { bucketOf } from '@/lib/db/buckets';
import { TaskLensDb } from '@/lib/db/database';
import { readSummaries } from '@/lib/db/summaries';
import { putApplications, readApplications } from '@/lib/db/applications';
import type { ApplicationRecord } from '@/lib/model/records';

export function makeListing(key: string, overrides: Partial<Listing> = {}): Listing {
  return {
    siteId: 'outlier',
    url: `https://app.outlier.ai/en/expert/opportunities/${key}`,
    canonicalUrl: `https://app.outlier.ai/en/expert/opportunities/${key}`,
    listingKey: `outlier:${key}`,
    title: `Listing ${key}`,
    company: 'Outlier',
    description: 'Review answers.',
    source: 'adapter',
    ...overrides,
  };
}

/** An id that falls in the same bucket as `id`. */
export function twinOf(id: string): string {
  let n = 0;
  while (bucketOf(`twin-${n}`) !== bucketOf(id)) n++;
  return `twin-${n}`;
}

/** Orders records by id, as IndexedDB orders string keys. */
export function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A fresh database with a unique name, for one test. */
export function freshDb(): TaskLensDb {
  return new TaskLensDb(`test-${crypto.randomUUID()}`);
}

/**
 * Gives each test of the calling file a fresh database, deleted after it:
 * `let db: TaskLensDb; useFreshDb((fresh) => (db = fresh));`
 */
export function useFreshDb(receive: (db: TaskLensDb) => void) {
  let current: TaskLensDb;
  beforeEach(() => receive((current = freshDb())));
  afterEach(() => current.delete());
}

/** Stores applications as they are, in a transaction of their own. */
export function storeApplications(db: TaskLensDb, applications: readonly ApplicationRecord[]) {
  return db.transaction('rw', db.applicationBuckets, () => putApplications(db, applications));
}

/** Everything in the database, for before/after comparisons. */
export async function snapshot(db: TaskLensDb) {
  const [platforms, applications, histories, trash, summaries] = await Promise.all([
    db.platforms.toArray(),
    readApplications(db),
    db.historyBuckets.toArray(),
    db.trash.toArray(),
    readSummaries(db),
  ]);
  // Buckets keep no order of their own.
  summaries.sort(byId);
  applications.sort(byId);
  return { platforms, applications, histories, trash, summaries };
}
