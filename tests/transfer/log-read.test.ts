import { beforeEach, describe, expect, it } from 'vitest';
import { BUCKETS, bucketsOf } from '@/lib/db/buckets';
import type { TaskLensDb } from '@/lib/db/database';
import { readLogState } from '@/lib/transfer/log-read';
import { emptyPayload } from '@/lib/transfer/payload';
import type { ApplicationRecord } from '@/lib/model/records';
import { byId, useFreshDb } from '../db/fixtures';
import { fill } from './helpers';
import { sampleApplication, samplePlatform } from './sample';

let db: TaskLensDb;
useFreshDb((fresh) => (db = fresh));

const log = Array.from({ length: 400 }, (_, i) => sampleApplication(`l${i}`));
const ids = (list: readonly ApplicationRecord[]) => list.map((a) => a.id).sort();

describe('what a merge reads from the log', () => {
  beforeEach(() => fill(db, { platforms: [samplePlatform()], applications: log, events: [] }));

  it('a small file: the log’s copies of its applications, found by listing key or by id', async () => {
    const file = [
      log[3],
      // Saved again under another id on another machine: found by its listing key.
      { ...log[7], id: 'elsewhere' },
      // Its listing key changed, its id did not: found by id.
      { ...log[9], listingKey: 'outlier:renamed' },
      sampleApplication('not-in-log'),
    ];
    expect(bucketsOf(file.map((a) => a.id)).length * 2).toBeLessThan(BUCKETS);
    const state = await db.transaction('r', db.platforms, db.applicationBuckets, db.historyBuckets, () =>
      readLogState(db, 'merge', { ...emptyPayload(), applications: file }),
    );
    expect(ids(state.applications)).toEqual(ids([log[3], log[7], log[9]]));
    expect(state.platforms).toHaveLength(1);
  });

  it('a file that touches most buckets: the whole log, read once', async () => {
    const file = log.slice(0, 300);
    expect(bucketsOf(file.map((a) => a.id)).length * 2).toBeGreaterThanOrEqual(BUCKETS);
    const state = await db.transaction('r', db.platforms, db.applicationBuckets, db.historyBuckets, () =>
      readLogState(db, 'merge', { ...emptyPayload(), applications: file }),
    );
    expect([...state.applications].sort(byId)).toEqual([...log].sort(byId));
  });
});
