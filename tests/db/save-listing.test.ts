import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TaskLensDb } from '@/lib/db/database';
import { saveListing } from '@/lib/db/save-listing';
import type { Listing } from '@/lib/model/listing';

const listing: Listing = {
  siteId: 'outlier',
  url: 'https://app.outlier.ai/en/expert/opportunities/bio',
  canonicalUrl: 'https://app.outlier.ai/en/expert/opportunities/bio',
  listingKey: 'outlier:bio',
  title: 'Biology expert',
  company: 'Outlier',
  description: 'Review answers.',
  source: 'adapter',
};

let db: TaskLensDb;
beforeEach(() => {
  db = new TaskLensDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('saveListing', () => {
  it('creates the application, its platform and a created event together', async () => {
    const saved = await saveListing(db, { listing, stage: 'screening', notes: 'took the test' });
    expect(saved.stage).toBe('screening');
    expect(Object.keys(saved.stageDates)).toEqual(['found', 'applied', 'agreements', 'screening']);
    expect(await db.platforms.get('outlier')).toMatchObject({ name: 'Outlier', stage: 'screening' });
    const events = await db.events.toArray();
    expect(events.map((e) => e.kind).sort()).toEqual(['created', 'created']);
  });

  it('saving the same listing from two tabs at once yields one record', async () => {
    await Promise.all([
      saveListing(db, { listing, stage: 'found', notes: '' }),
      saveListing(db, { listing, stage: 'applied', notes: '' }),
    ]);
    expect(await db.applications.count()).toBe(1);
    expect(await db.platforms.count()).toBe(1);
  });

  it('keeps every stage change as an event instead of overwriting history', async () => {
    await saveListing(db, { listing, stage: 'found', notes: '' });
    await saveListing(db, { listing, stage: 'trial', notes: '' });
    const stageEvents = await db.events
      .where('kind')
      .equals('stage')
      .toArray()
      .catch(() => null);
    const all = await db.events.toArray();
    const moves = (stageEvents ?? all.filter((e) => e.kind === 'stage')).map((e) => [e.from, e.to]);
    expect(moves).toContainEqual(['found', 'trial']);
  });
});
