import { describe, expect, it } from 'vitest';
import {
  changeApplications,
  countApplications,
  deleteApplicationsById,
  DuplicateApplicationError,
  findByListingKey,
  findByListingKeys,
  getApplication,
  getApplications,
  putApplications,
  readApplications,
} from '@/lib/db/applications';
import { BUCKETS, bucketOf } from '@/lib/db/buckets';
import type { TaskLensDb } from '@/lib/db/database';
import type { ApplicationRecord } from '@/lib/model/records';
import { sampleApplication } from '../transfer/sample';
import { byId, snapshot, storeApplications, twinOf, useFreshDb } from './fixtures';

let db: TaskLensDb;
useFreshDb((fresh) => (db = fresh));

const many = (n: number) => Array.from({ length: n }, (_, i) => sampleApplication(`m${i}`));

const inTransaction = <T>(work: () => Promise<T>) => db.transaction('rw', db.applicationBuckets, work);

describe('the bucketed application store', () => {
  it('finds every application by id and by listing key, and counts them without reading them', async () => {
    const apps = many(700);
    await storeApplications(db, apps);
    // More applications than buckets: nearly every bucket holds several.
    const buckets = await db.applicationBuckets.count();
    expect(buckets).toBeGreaterThan(BUCKETS * 0.9);
    expect(buckets).toBeLessThanOrEqual(BUCKETS);
    expect(await countApplications(db)).toBe(700);
    expect((await readApplications(db)).sort(byId)).toEqual([...apps].sort(byId));
    expect(await getApplication(db, apps[123].id)).toEqual(apps[123]);
    expect(await getApplication(db, 'no-such-id')).toBeUndefined();
    expect(await getApplications(db, [apps[5].id, 'no-such-id', apps[600].id])).toEqual([
      apps[5],
      undefined,
      apps[600],
    ]);
    expect(await findByListingKey(db, apps[321].listingKey)).toEqual(apps[321]);
    expect(await findByListingKey(db, 'outlier:nowhere')).toBeUndefined();
    const wanted = [apps[1], apps[2], apps[650]];
    const found = await findByListingKeys(db, [...wanted.map((a) => a.listingKey), 'outlier:nowhere']);
    expect(found.sort(byId)).toEqual([...wanted].sort(byId));
  });

  it('finds two applications of one bucket once each', async () => {
    const a = sampleApplication('a');
    const twin = sampleApplication('twin', { id: twinOf(a.id) });
    await storeApplications(db, [a, twin]);
    const found = await findByListingKeys(db, [a.listingKey, twin.listingKey]);
    expect(found.sort(byId)).toEqual([a, twin].sort(byId));
  });

  it('replaces an application stored again under its id, and deletes by id', async () => {
    const [a, b] = many(2);
    await storeApplications(db, [a, b]);
    await storeApplications(db, [{ ...a, notes: 'second' }]);
    expect(await countApplications(db)).toBe(2);
    expect((await getApplication(db, a.id))?.notes).toBe('second');
    await inTransaction(() => deleteApplicationsById(db, [a.id, 'no-such-id']));
    expect((await readApplications(db)).map((x) => x.id)).toEqual([b.id]);
    expect(await findByListingKey(db, a.listingKey)).toBeUndefined();
  });

  it('leaves no empty bucket behind', async () => {
    const [a] = many(1);
    const twin = { ...sampleApplication('t'), id: twinOf(a.id) };
    await storeApplications(db, [a, twin]);
    expect(await db.applicationBuckets.count()).toBe(1);
    await inTransaction(() => deleteApplicationsById(db, [a.id]));
    expect(await db.applicationBuckets.count()).toBe(1);
    await inTransaction(() => deleteApplicationsById(db, [twin.id]));
    expect(await db.applicationBuckets.count()).toBe(0);
    expect(await db.summaryBuckets.count()).toBe(0);
  });

  it('refuses two applications with one listing key, in one bucket or in two, and writes nothing', async () => {
    const [a] = many(1);
    await storeApplications(db, [a]);
    const before = await snapshot(db);
    const sameBucket = { ...a, id: twinOf(a.id) };
    await expect(storeApplications(db, [sameBucket])).rejects.toBeInstanceOf(DuplicateApplicationError);
    let other = 'elsewhere';
    while (bucketOf(other) === bucketOf(a.id)) other += '-';
    await expect(storeApplications(db, [{ ...a, id: other }])).rejects.toThrow(/constraint|unique/i);
    const two = many(3).slice(1);
    await expect(
      storeApplications(db, [two[0], { ...two[1], listingKey: two[0].listingKey }]),
    ).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });

  it('as new, refuses an id already stored and writes nothing', async () => {
    const [a, b] = many(2);
    await storeApplications(db, [a]);
    const before = await snapshot(db);
    await expect(
      inTransaction(() => changeApplications(db, { add: [b, { ...a, notes: 'x' }] })),
    ).rejects.toBeInstanceOf(DuplicateApplicationError);
    expect(await snapshot(db)).toEqual(before);
  });

  it('as new, refuses one new id twice in the same change', async () => {
    const [a] = many(1);
    await expect(
      inTransaction(() => changeApplications(db, { add: [a, { ...a, notes: 'again' }] })),
    ).rejects.toBeInstanceOf(DuplicateApplicationError);
    expect(await countApplications(db)).toBe(0);
  });

  it('moves listing keys between buckets within one change, a swap included', async () => {
    const [a] = many(1);
    let other = 'other-bucket';
    while (bucketOf(other) === bucketOf(a.id)) other += '-';
    const b: ApplicationRecord = { ...sampleApplication('b'), id: other };
    await storeApplications(db, [a, b]);
    await storeApplications(db, [
      { ...a, listingKey: b.listingKey },
      { ...b, listingKey: a.listingKey },
    ]);
    expect((await findByListingKey(db, a.listingKey))?.id).toBe(b.id);
    expect((await findByListingKey(db, b.listingKey))?.id).toBe(a.id);
    // Removed and handed on in the same change.
    const heir: ApplicationRecord = { ...sampleApplication('heir'), listingKey: a.listingKey };
    expect(bucketOf(heir.id)).not.toBe(bucketOf(b.id));
    await inTransaction(() => changeApplications(db, { remove: [b.id], add: [heir] }));
    expect((await findByListingKey(db, a.listingKey))?.id).toBe(heir.id);
    expect((await readApplications(db)).map((x) => x.id).sort()).toEqual([a.id, heir.id].sort());
  });

  it('lets a listing key move to another application once the first is removed', async () => {
    const [a] = many(1);
    await storeApplications(db, [a]);
    const heir: ApplicationRecord = { ...sampleApplication('heir'), listingKey: a.listingKey };
    await inTransaction(async () => {
      await changeApplications(db, { remove: [a.id] });
      await changeApplications(db, { add: [heir] });
    });
    expect((await findByListingKey(db, a.listingKey))?.id).toBe(heir.id);
    expect(await countApplications(db)).toBe(1);
  });

  it('keeps both of two changes made at once in one transaction to one bucket', async () => {
    const [a] = many(1);
    const twin = { ...sampleApplication('t'), id: twinOf(a.id) };
    await inTransaction(() => Promise.all([putApplications(db, [a]), putApplications(db, [twin])]));
    expect((await readApplications(db)).sort(byId)).toEqual([a, twin].sort(byId));
  });

  it('refuses to write outside a transaction, where the read and the rewrite could be split', async () => {
    await expect(putApplications(db, many(1))).rejects.toThrow(/transaction/);
    expect(await countApplications(db)).toBe(0);
  });
});
