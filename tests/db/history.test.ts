import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TaskLensDb } from '@/lib/db/database';
import { addEvents, countEvents, eventsOf, groupEvents } from '@/lib/db/history';
import type { EventRecord } from '@/lib/model/records';
import { freshDb } from './fixtures';

const ev = (id: string, subjectId: string, at: string, subject: EventRecord['subject'] = 'application') =>
  ({ id, subject, subjectId, kind: 'edit', detail: id, at }) satisfies EventRecord;

let db: TaskLensDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

describe('histories', () => {
  it('groups events by subject, oldest first, keeping the order of events at the same moment', () => {
    const groups = groupEvents([
      ev('b', 'x', '2025-01-02T00:00:00Z'),
      ev('a', 'x', '2025-01-01T00:00:00Z'),
      ev('c', 'x', '2025-01-02T00:00:00Z'),
      ev('p', 'x', '2025-01-01T00:00:00Z', 'platform'),
    ]);
    expect(groups.map((g) => [g.id, g.events.map((e) => e.id)])).toEqual([
      ['application:x', ['a', 'b', 'c']],
      ['platform:x', ['p']],
    ]);
  });

  it('appends to a stored history, never twice the same event, and counts every event', async () => {
    await db.transaction('rw', db.histories, () =>
      addEvents(db, [ev('a', 'x', '2025-01-01T00:00:00Z'), ev('z', 'y', '2025-01-01T00:00:00Z')]),
    );
    await db.transaction('rw', db.histories, () =>
      addEvents(db, [ev('a', 'x', '2025-01-01T00:00:00Z'), ev('b', 'x', '2024-12-31T00:00:00Z')]),
    );
    expect((await eventsOf(db, 'application', 'x')).map((e) => e.id)).toEqual(['b', 'a']);
    expect(await eventsOf(db, 'platform', 'x')).toEqual([]);
    expect(await countEvents(db)).toBe(3);
  });
});
