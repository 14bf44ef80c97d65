import { countApplications } from '@/lib/db/applications';
import { describe, expect, it } from 'vitest';
import type { TaskLensDb } from '@/lib/db/database';
import { saveListing } from '@/lib/db/save-listing';
import { ApplicationRecord, PlatformRecord } from '@/lib/model/records';
import { makeListing, useFreshDb } from './fixtures';
import { flattenBuckets } from '@/lib/db/history';

const listing = makeListing('bio', { title: 'Biology expert' });

let db: TaskLensDb;
useFreshDb((fresh) => (db = fresh));

describe('saveListing', () => {
  it('creates the application, its platform and a created event together', async () => {
    const saved = await saveListing(db, { listing, stage: 'screening', notes: 'took the test' });
    expect(saved.stage).toBe('screening');
    expect(saved.stageSince).toBe(saved.createdAt);
    expect(Object.keys(saved.stageDates)).toEqual(['found', 'applied', 'agreements', 'screening']);
    expect(await db.platforms.get('outlier')).toMatchObject({ name: 'Outlier', stage: 'screening' });
    const events = flattenBuckets(await db.historyBuckets.toArray());
    expect(events.map((e) => e.kind).sort()).toEqual(['created', 'created']);
  });

  it('writes records that pass their own schemas', async () => {
    const saved = await saveListing(db, { listing, stage: 'applied', notes: '' });
    expect(ApplicationRecord.safeParse(saved).success).toBe(true);
    expect(PlatformRecord.safeParse(await db.platforms.get('outlier')).success).toBe(true);
  });

  it('saving the same listing from two tabs at once yields one record', async () => {
    await Promise.all([
      saveListing(db, { listing, stage: 'found', notes: '' }),
      saveListing(db, { listing, stage: 'applied', notes: '' }),
    ]);
    expect(await countApplications(db)).toBe(1);
    expect(await db.platforms.count()).toBe(1);
  });

  it('keeps every stage change as an event instead of overwriting history', async () => {
    await saveListing(db, { listing, stage: 'found', notes: '' }, new Date('2025-01-01T00:00:00Z'));
    const again = await saveListing(
      db,
      { listing, stage: 'trial', notes: '' },
      new Date('2025-01-05T00:00:00Z'),
    );
    const moves = flattenBuckets(await db.historyBuckets.toArray())
      .filter((e) => e.kind === 'stage')
      .map((e) => [e.subject, e.from, e.to]);
    expect(moves).toContainEqual(['application', 'found', 'trial']);
    expect(moves).toContainEqual(['platform', 'found', 'trial']);
    expect(again.stageSince).toBe('2025-01-05T00:00:00.000Z');
    expect(again.stageDates.found).toBe('2025-01-01T00:00:00.000Z');
  });

  it('files job-board listings under the hiring company', async () => {
    const board = makeListing('x', {
      siteId: 'linkedin',
      listingKey: 'linkedin:1',
      company: 'Acme Data Labs',
    });
    const saved = await saveListing(db, { listing: board, stage: 'found', notes: '' });
    expect(saved.platformId).toBe('company:acme-data-labs');
    expect((await db.platforms.get('company:acme-data-labs'))?.name).toBe('Acme Data Labs');
  });
});
