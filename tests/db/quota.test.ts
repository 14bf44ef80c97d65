import { countApplications, putApplications } from '@/lib/db/applications';
import { Dexie, type DBCore, type Middleware } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setStages } from '@/lib/db/application-edits';
import type { TaskLensDb } from '@/lib/db/database';
import { saveListing } from '@/lib/db/save-listing';
import { describeStorageError } from '@/lib/db/storage-errors';
import { freshDb, makeListing, snapshot } from './fixtures';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Makes every write to `table` fail the way a full disk does, while `failing.on` is true. */
function quotaOn(table: string, failing: { on: boolean }): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'quota-exceeded',
    // Below the summary mirror, so its writes to summaryBuckets fail too.
    level: 5,
    create: (down) => ({
      ...down,
      table: (name) => {
        const inner = down.table(name);
        return {
          ...inner,
          mutate: (req) => (failing.on && name === table ? Promise.reject(quotaError()) : inner.mutate(req)),
        };
      },
    }),
  };
}

let db: TaskLensDb;
const failing = { on: false };
beforeEach(() => {
  db = freshDb();
  failing.on = false;
  db.use(quotaOn('historyBuckets', failing));
});
afterEach(async () => {
  await db.delete();
});

describe('storage full', () => {
  it('a failed save leaves no application, platform or event behind', async () => {
    failing.on = true;
    const error = await saveListing(db, { listing: makeListing('a'), stage: 'applied', notes: '' }).catch(
      (e: unknown) => e,
    );
    expect(describeStorageError(error)).toMatch(/out of storage space.*nothing was changed/);
    failing.on = false;
    expect(await snapshot(db)).toEqual({
      platforms: [],
      applications: [],
      histories: [],
      trash: [],
      summaries: [],
    });
  });

  it('a failed bulk stage change rolls back every application and the platform', async () => {
    const a = await saveListing(db, { listing: makeListing('a'), stage: 'found', notes: '' });
    const b = await saveListing(db, { listing: makeListing('b'), stage: 'found', notes: '' });
    const before = await snapshot(db);
    failing.on = true;
    await expect(setStages(db, [a.id, b.id], 'trial')).rejects.toBeTruthy();
    failing.on = false;
    expect(await snapshot(db)).toEqual(before);
  });

  it('a failed summary write takes the application write back with it, even if the error is caught', async () => {
    const summariesFail = freshDb();
    const failing = { on: true };
    summariesFail.use(quotaOn('summaryBuckets', failing));
    const app = { ...(await saveListing(db, { listing: makeListing('a'), stage: 'applied', notes: '' })) };
    const outcome = await summariesFail
      .transaction('rw', summariesFail.applicationBuckets, async () => {
        await putApplications(summariesFail, [app]).catch(() => undefined);
      })
      .then(
        () => 'committed',
        (e: unknown) => describeStorageError(e),
      );
    expect(outcome).not.toBe('committed');
    failing.on = false;
    expect(await countApplications(summariesFail)).toBe(0);
    await summariesFail.delete();
  });

  it('a QuotaExceededError thrown by a hook inside the transaction rolls it back too', async () => {
    await saveListing(db, { listing: makeListing('a'), stage: 'found', notes: '' });
    const before = await snapshot(db);
    const fail = () => {
      throw quotaError();
    };
    // Saving the listing again adds to history buckets that exist: Dexie reports that as updating.
    db.historyBuckets.hook('updating', fail);
    const error = await saveListing(db, { listing: makeListing('a'), stage: 'paid', notes: 'x' }).catch(
      (e: unknown) => e,
    );
    db.historyBuckets.hook('updating').unsubscribe(fail);
    expect(describeStorageError(error)).toMatch(/out of storage space/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('recognises the quota error wrapped in an AbortError', () => {
    const wrapped = new Dexie.AbortError('Transaction aborted', quotaError());
    expect(describeStorageError(wrapped)).toMatch(/out of storage space/);
    expect(describeStorageError(new Error('That application is no longer in your log.'))).toBe(
      'That application is no longer in your log.',
    );
  });
});
