import { describe, expect, it } from 'vitest';
import type { TaskLensDb } from '@/lib/db/database';
import {
  createPlatform,
  editPlatform,
  putRequirement,
  removeRequirement,
  setPlatformOutcome,
  setPlatformStage,
} from '@/lib/db/platform-edits';
import { PlatformRecord } from '@/lib/model/records';
import { useFreshDb } from './fixtures';
import { eventsOf } from '@/lib/db/history';

let db: TaskLensDb;
useFreshDb((fresh) => (db = fresh));

const platformEvents = (id: string) => eventsOf(db, 'platform', id);

describe('platforms', () => {
  it('creates known platforms under their id and others under a custom id, once', async () => {
    expect((await createPlatform(db, ' outlier ')).id).toBe('outlier');
    expect((await createPlatform(db, 'Outlier')).name).toBe('Outlier');
    const custom = await createPlatform(db, 'Tiny Labs Inc.');
    expect(custom).toMatchObject({ id: 'custom:tiny-labs-inc', name: 'Tiny Labs Inc.', stage: 'found' });
    expect(await db.platforms.count()).toBe(2);
    expect(PlatformRecord.safeParse(custom).success).toBe(true);
  });

  it('tracks stage, outcome, hours, notes and requirements, each as an event', async () => {
    const t = (n: number) => new Date(Date.UTC(2025, 0, 1, 0, n));
    const p = await createPlatform(db, 'Outlier', t(0));
    await setPlatformStage(db, p.id, 'agreements', t(1));
    await putRequirement(db, p.id, { id: 'nda', done: false, askedOn: '2025-01-02' }, t(2));
    await putRequirement(
      db,
      p.id,
      { id: 'nda', done: true, askedOn: '2025-01-02', doneOn: '2025-01-03' },
      t(3),
    );
    await putRequirement(db, p.id, { id: 'other', label: 'Tax form', done: false }, t(4));
    await editPlatform(db, p.id, { unpaidHours: 2.5, notes: 'Long assessment' }, t(5));
    await setPlatformOutcome(db, p.id, 'no_work', t(6));
    const stored = PlatformRecord.parse(await db.platforms.get(p.id));
    expect(stored).toMatchObject({ stage: 'agreements', outcome: 'no_work', unpaidHours: 2.5 });
    expect(stored.requirements).toEqual([
      { id: 'nda', done: true, askedOn: '2025-01-02', doneOn: '2025-01-03' },
      { id: 'other', label: 'Tax form', done: false },
    ]);
    await removeRequirement(db, p.id, { id: 'other', label: 'tax form' }, t(7));
    expect((await db.platforms.get(p.id))?.requirements).toHaveLength(1);
    const kinds = (await platformEvents(p.id)).map((e) => e.kind);
    expect(kinds.slice(0, 5)).toEqual(['created', 'stage', 'requirement', 'requirement', 'requirement']);
    expect(kinds.slice(5, 7).sort()).toEqual(['edit', 'edit']);
    expect(kinds.slice(7)).toEqual(['outcome', 'requirement']);
  });

  it('refuses an unnamed "other" requirement and changes nothing', async () => {
    const p = await createPlatform(db, 'Outlier');
    await expect(putRequirement(db, p.id, { id: 'other', done: false })).rejects.toThrow(/name/);
    expect((await db.platforms.get(p.id))?.requirements).toEqual([]);
  });
});
