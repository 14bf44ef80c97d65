import { describe, expect, it } from 'vitest';
import { deleteApplications, editApplication, restoreBatch, setStage } from '@/lib/db/application-edits';
import type { TaskLensDb } from '@/lib/db/database';
import { saveListing } from '@/lib/db/save-listing';
import { bucketOf } from '@/lib/db/buckets';
import {
  countApplications,
  deleteApplicationsById,
  getApplication,
  putApplications,
} from '@/lib/db/applications';
import { RECENT_COUNT, readRecentSummaries, readSummaries, summarise } from '@/lib/db/summaries';
import { ApplicationSummary, type ApplicationRecord } from '@/lib/model/records';
import { sampleApplication } from '../transfer/sample';
import { byId, makeListing, snapshot, storeApplications, useFreshDb, twinOf } from './fixtures';

let db: TaskLensDb;
useFreshDb((fresh) => (db = fresh));

/**
 * Summaries must always be exactly the summaries of the applications stored; with fewer than
 * RECENT_COUNT applications, the recent ones are all of them, newest first.
 */
async function expectInStep() {
  const { applications: apps, summaries } = await snapshot(db);
  expect(summaries).toEqual(apps.map(summarise));
  for (const s of summaries) ApplicationSummary.parse(s);
  const recent = (await readRecentSummaries(db)) ?? [];
  expect([...recent].sort(byId)).toEqual(summaries);
  expect(recent.map((s) => s.updatedAt)).toEqual(
    recent
      .map((s) => s.updatedAt)
      .sort()
      .reverse(),
  );
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
    // Writes that bypass the log's own functions (a modify, a delete, a clear) are mirrored too.
    await db.applicationBuckets.toCollection().modify((bucket) => {
      bucket.applications = bucket.applications.map((app) => ({ ...app, payNoted: '$1' }));
    });
    await expectInStep();
    expect((await readSummaries(db)).map((s) => s.payNoted)).toEqual(['$1', '$1']);
    await db.applicationBuckets.delete(bucketOf(b.id));
    await expectInStep();
    await db.applicationBuckets.clear();
    expect(await readSummaries(db)).toEqual([]);
    expect(await db.summaryBuckets.count()).toBe(0);
    expect(await readRecentSummaries(db)).toBeUndefined();
  });

  it('stay whole when two writes in one transaction touch the same bucket at once', async () => {
    const a = await saveListing(db, { listing: makeListing('a'), stage: 'found', notes: '' });
    const twin = { ...a, id: twinOf(a.id), listingKey: 'outlier:twin', listing: makeListing('twin') };
    await db.transaction('rw', db.applicationBuckets, () =>
      Promise.all([putApplications(db, [{ ...a, notes: 'changed' }]), putApplications(db, [twin])]),
    );
    await expectInStep();
    expect(await db.summaryBuckets.count()).toBe(2);
    expect((await getApplication(db, a.id))?.notes).toBe('changed');
    expect(await getApplication(db, twin.id)).toEqual(twin);
  });

  it('leave no empty bucket behind, and follow ranged deletes as IndexedDB orders keys', async () => {
    const a = await saveListing(db, { listing: makeListing('a'), stage: 'found', notes: '' });
    await saveListing(db, { listing: makeListing('b'), stage: 'found', notes: '' });
    await db.applicationBuckets.where('id').below(bucketOf(a.id)).delete();
    await expectInStep();
    await db.applicationBuckets.where('id').aboveOrEqual(bucketOf(a.id)).delete();
    await expectInStep();
    expect(await db.summaryBuckets.count()).toBe(0);
  });

  it('keep the most recently changed apart, for showing first', async () => {
    const apps = Array.from({ length: RECENT_COUNT + 20 }, (_, i) => ({
      ...sampleApplication(`r${i}`),
      updatedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    }));
    await storeApplications(db, apps);
    const recent = (await readRecentSummaries(db)) ?? [];
    expect(recent.map((s) => s.id)).toEqual(
      apps
        .slice(20)
        .reverse()
        .map((a) => a.id),
    );
    expect(await readSummaries(db)).toHaveLength(apps.length);
    // Touching an old one brings it to the top; deleting one takes it out.
    await storeApplications(db, [{ ...apps[0], updatedAt: '2027-01-01T00:00:00.000Z' }]);
    await db.transaction('rw', db.applicationBuckets, () =>
      deleteApplicationsById(db, [apps[apps.length - 1].id]),
    );
    const after = ((await readRecentSummaries(db)) ?? []).map((s) => s.id);
    expect(after[0]).toBe(apps[0].id);
    expect(after).not.toContain(apps[apps.length - 1].id);
    // Nothing refills the gap a deletion leaves; the full list follows at once anyway.
    expect(after).toHaveLength(RECENT_COUNT - 1);
  });

  it('a record that cannot be summarised is not written, and the rest of the transaction goes on', async () => {
    const good = sampleApplication('good');
    const broken = { ...sampleApplication('broken'), analysis: {} } as unknown as ApplicationRecord;
    await db.transaction('rw', db.applicationBuckets, async () => {
      await putApplications(db, [broken]).catch(() => undefined);
      await putApplications(db, [good]);
    });
    expect(await getApplication(db, 'app-broken')).toBeUndefined();
    expect(await getApplication(db, 'app-good')).toEqual(good);
    await expectInStep();
  });

  it('are not written for an add that failed', async () => {
    const a = await saveListing(db, { listing: makeListing('a'), stage: 'found', notes: '' });
    const clash = { ...a, id: 'other-id' };
    await expect(storeApplications(db, [clash])).rejects.toThrow();
    await expectInStep();
    expect(await countApplications(db)).toBe(1);
  });
});
