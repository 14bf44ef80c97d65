import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteApplications, editApplication, restoreBatch, setStage } from '@/lib/db/application-edits';
import type { TaskLensDb } from '@/lib/db/database';
import { saveListing } from '@/lib/db/save-listing';
import { bucketOf } from '@/lib/db/buckets';
import { readSummaries, summarise } from '@/lib/db/summaries';
import { ApplicationSummary } from '@/lib/model/records';
import { freshDb, makeListing, snapshot } from './fixtures';

let db: TaskLensDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

/** Summaries must always be exactly the summaries of the applications stored. */
async function expectInStep() {
  const { applications: apps, summaries } = await snapshot(db);
  expect(summaries).toEqual(apps.map(summarise));
  for (const s of summaries) ApplicationSummary.parse(s);
}

describe('application summaries', () => {
  it('follow every kind of write to applications', async () => {
    const a = await saveListing(db, { listing: makeListing('a'), stage: 'found', notes: 'hello' });
    const b = await saveListing(db, { listing: makeListing('b'), stage: 'applied', notes: '' });
    await expectInStep();
    await setStage(db, a.id, 'trial');
    await editApplication(db, b.id, { tags: ['x'], notes: 'n' });
    await expectInStep();
    const { batch } = await deleteApplications(db, [a.id]);
    await expectInStep();
    await restoreBatch(db, batch);
    await expectInStep();
    // Writes that bypass the log's own functions (an import, a modify) are mirrored too.
    await db.applications.toCollection().modify({ payNoted: '$1' });
    await expectInStep();
    await db.applications.where('id').equals(b.id).delete();
    await expectInStep();
    await db.applications.clear();
    expect(await readSummaries(db)).toEqual([]);
    expect(await db.summaryBuckets.count()).toBe(0);
  });

  it('stay whole when two writes in one transaction touch the same bucket at once', async () => {
    const a = await saveListing(db, { listing: makeListing('a'), stage: 'found', notes: '' });
    // Another id in the same bucket as a's.
    let n = 0;
    while (bucketOf(`twin-${n}`) !== bucketOf(a.id)) n++;
    const twin = { ...a, id: `twin-${n}`, listingKey: 'outlier:twin', listing: makeListing('twin') };
    await db.transaction('rw', db.applications, () =>
      Promise.all([db.applications.put({ ...a, notes: 'changed' }), db.applications.put(twin)]),
    );
    await expectInStep();
    expect(await db.summaryBuckets.count()).toBe(1);
  });

  it('leave no empty bucket behind, and follow ranged deletes as IndexedDB orders keys', async () => {
    const a = await saveListing(db, { listing: makeListing('a'), stage: 'found', notes: '' });
    await saveListing(db, { listing: makeListing('b'), stage: 'found', notes: '' });
    await db.applications.where('id').below(a.id).delete();
    await expectInStep();
    await db.applications.where('id').aboveOrEqual(a.id).delete();
    await expectInStep();
    expect(await db.summaryBuckets.count()).toBe(0);
  });

  it('are not written for an add that failed', async () => {
    const a = await saveListing(db, { listing: makeListing('a'), stage: 'found', notes: '' });
    const clash = { ...a, id: 'other-id' };
    await expect(db.applications.add(clash)).rejects.toThrow();
    await expectInStep();
  });
});
