import { describe, expect, it } from 'vitest';
import type { TaskLensDb } from '@/lib/db/database';
import {
  addEvents,
  countEvents,
  eventsOf,
  flattenBuckets,
  historyKey,
  mergeIntoBuckets,
} from '@/lib/db/history';
import { BUCKETS, bucketOf } from '@/lib/db/buckets';
import type { EventRecord } from '@/lib/model/records';
import { useFreshDb } from './fixtures';

const ev = (id: string, subjectId: string, at: string, subject: EventRecord['subject'] = 'application') =>
  ({ id, subject, subjectId, kind: 'edit', detail: id, at }) satisfies EventRecord;

let db: TaskLensDb;
useFreshDb((fresh) => (db = fresh));

describe('history buckets', () => {
  it('spreads subjects over the buckets', () => {
    const used = new Set(
      Array.from({ length: 10_000 }, (_, i) => bucketOf(historyKey('application', `${i}`))),
    );
    expect(used.size).toBe(BUCKETS);
    for (const b of used) expect(b).toBeLessThan(BUCKETS);
  });

  it('keeps each subject oldest first, events at the same moment in the order given', () => {
    const buckets = mergeIntoBuckets([
      ev('b', 'x', '2025-01-02T00:00:00Z'),
      ev('a', 'x', '2025-01-01T00:00:00Z'),
      ev('c', 'x', '2025-01-02T00:00:00Z'),
      ev('p', 'x', '2025-01-01T00:00:00Z', 'platform'),
    ]);
    const histories = new Map(
      buckets.flatMap((b) => b.histories).map((h) => [h.id, h.events.map((e) => e.id)]),
    );
    expect(histories).toEqual(
      new Map([
        ['application:x', ['a', 'b', 'c']],
        ['platform:x', ['p']],
      ]),
    );
  });

  it('returns only the buckets that changed, and never changes the stored copy', () => {
    const [stored] = mergeIntoBuckets([ev('a', 'x', '2025-01-01T00:00:00Z')]);
    const frozen = structuredClone(stored);
    expect(mergeIntoBuckets([ev('a', 'x', '2025-01-01T00:00:00Z')], [stored])).toEqual([]);
    const [next] = mergeIntoBuckets([ev('b', 'x', '2025-01-03T00:00:00Z')], [stored]);
    expect(flattenBuckets([next]).map((e) => e.id)).toEqual(['a', 'b']);
    expect(stored).toEqual(frozen);
  });

  it('appends to stored histories, never twice the same event, and counts every event', async () => {
    await db.transaction('rw', db.historyBuckets, () =>
      addEvents(db, [ev('a', 'x', '2025-01-01T00:00:00Z'), ev('z', 'y', '2025-01-01T00:00:00Z')]),
    );
    await db.transaction('rw', db.historyBuckets, () =>
      addEvents(db, [ev('a', 'x', '2025-01-01T00:00:00Z'), ev('b', 'x', '2024-12-31T00:00:00Z')]),
    );
    expect((await eventsOf(db, 'application', 'x')).map((e) => e.id)).toEqual(['b', 'a']);
    expect((await eventsOf(db, 'application', 'y')).map((e) => e.id)).toEqual(['z']);
    expect(await eventsOf(db, 'platform', 'x')).toEqual([]);
    expect(await countEvents(db)).toBe(3);
  });

  it('two additions at once in one transaction both land, even in the same bucket', async () => {
    await db.transaction('rw', db.historyBuckets, () =>
      Promise.all([
        addEvents(db, [ev('a', 'x', '2025-01-01T00:00:00Z')]),
        addEvents(db, [ev('b', 'x', '2025-01-02T00:00:00Z')]),
      ]),
    );
    expect((await eventsOf(db, 'application', 'x')).map((e) => e.id)).toEqual(['a', 'b']);
  });
});
