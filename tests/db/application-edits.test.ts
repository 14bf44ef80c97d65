import { countApplications, getApplication, readApplications } from '@/lib/db/applications';
import { describe, expect, it } from 'vitest';
import {
  deleteApplications,
  editApplication,
  restoreBatch,
  setOutcome,
  setStage,
  setStages,
} from '@/lib/db/application-edits';
import type { TaskLensDb } from '@/lib/db/database';
import { saveListing } from '@/lib/db/save-listing';
import { ApplicationRecord, PlatformRecord } from '@/lib/model/records';
import { makeListing, snapshot, storeApplications, useFreshDb } from './fixtures';
import { eventsOf } from '@/lib/db/history';
import { readSummaries } from '@/lib/db/summaries';

let db: TaskLensDb;
useFreshDb((fresh) => (db = fresh));

const day = (d: number) => new Date(Date.UTC(2025, 2, d));
const save = (key: string, d = 1) =>
  saveListing(db, { listing: makeListing(key), stage: 'found', notes: '' }, day(d));
const historyOf = (id: string) => eventsOf(db, 'application', id);

describe('stage changes', () => {
  it('names a platform the log lacks after its id when the listing names no company', async () => {
    const a = await save('a');
    await storeApplications(db, [
      { ...a, platformId: 'company:acme', listing: { ...a.listing, company: '' } },
    ]);
    // Saved again from a listing page, then moved from the dashboard: both create it the same way.
    await saveListing(db, { listing: makeListing('a'), stage: 'applied', notes: '' }, day(2));
    const platform = await db.platforms.get('company:acme');
    expect(platform?.name).toBe('company:acme');
    expect(PlatformRecord.safeParse(platform).success).toBe(true);
    await db.platforms.delete('company:acme');
    await storeApplications(db, [
      { ...a, platformId: 'company:acme', listing: { ...a.listing, company: '' } },
    ]);
    await setStage(db, a.id, 'screening', day(3));
    expect((await db.platforms.get('company:acme'))?.name).toBe('company:acme');
  });

  it('records each move, dates the stages reached and moves the platform forward only', async () => {
    const a = await save('a');
    await setStage(db, a.id, 'screening', day(3));
    const back = await setStage(db, a.id, 'applied', day(4));
    expect(back).toMatchObject({ stage: 'applied', stageSince: day(4).toISOString() });
    expect(back.stageDates.screening).toBe(day(3).toISOString());
    expect((await db.platforms.get('outlier'))?.stage).toBe('screening');
    const moves = (await historyOf(a.id)).filter((e) => e.kind === 'stage').map((e) => `${e.from}>${e.to}`);
    expect(moves).toEqual(['found>screening', 'screening>applied']);
    expect(ApplicationRecord.safeParse(back).success).toBe(true);
  });

  it('a move to the same stage changes nothing and logs nothing', async () => {
    const a = await save('a');
    const before = await snapshot(db);
    await setStage(db, a.id, 'found', day(9));
    expect(await snapshot(db)).toEqual(before);
  });

  it('a bulk move with one unknown id changes nothing', async () => {
    const a = await save('a');
    const before = await snapshot(db);
    await expect(setStages(db, [a.id, 'gone'], 'paid')).rejects.toThrow(/no longer in your log/);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('outcome and edits', () => {
  it('sets and clears an outcome with its date', async () => {
    const a = await save('a');
    expect(await setOutcome(db, a.id, 'waitlisted', day(2))).toMatchObject({
      outcome: 'waitlisted',
      outcomeAt: day(2).toISOString(),
    });
    const cleared = await setOutcome(db, a.id, null, day(3));
    expect(cleared.outcome).toBeUndefined();
    expect(cleared.outcomeAt).toBeUndefined();
    expect((await historyOf(a.id)).filter((e) => e.kind === 'outcome')).toHaveLength(2);
  });

  it('logs one event per changed field and normalises tags', async () => {
    const a = await save('a');
    const edited = await editApplication(
      db,
      a.id,
      { notes: 'Passed the test', tags: ['Bio', 'bio', ' urgent '], payNoted: a.payNoted },
      day(2),
    );
    expect(edited).toMatchObject({ notes: 'Passed the test', tags: ['Bio', 'urgent'] });
    const edits = (await historyOf(a.id)).filter((e) => e.kind === 'edit');
    expect(edits.map((e) => e.detail).sort()).toEqual(['notes', 'tags']);
    expect(edits.find((e) => e.detail === 'tags')?.to).toBe('Bio, urgent');
    expect((await readSummaries(db)).find((s) => s.id === a.id)?.tags).toEqual(['Bio', 'urgent']);
  });
});

describe('delete and undo', () => {
  it('moves applications to the trash and brings them back with their history', async () => {
    const a = await save('a');
    const b = await save('b');
    await setStage(db, a.id, 'trial', day(2));
    const { batch, count } = await deleteApplications(db, [a.id, b.id], day(3));
    expect(count).toBe(2);
    expect(await countApplications(db)).toBe(0);
    expect(await db.trash.count()).toBe(2);

    expect(await restoreBatch(db, batch, day(4))).toEqual({ restored: 2, skipped: 0 });
    expect((await getApplication(db, a.id))?.stage).toBe('trial');
    expect(await db.trash.count()).toBe(0);
    const kinds = (await historyOf(a.id)).map((e) => e.kind);
    expect(kinds).toEqual(['created', 'stage', 'deleted', 'restored']);
    await expect(restoreBatch(db, batch)).rejects.toThrow(/nothing left to undo/);
  });

  it('does not overwrite a listing saved again after the deletion', async () => {
    const a = await save('a');
    const { batch } = await deleteApplications(db, [a.id], day(2));
    const again = await saveListing(db, { listing: makeListing('a'), stage: 'paid', notes: '' }, day(3));
    expect(await restoreBatch(db, batch, day(4))).toEqual({ restored: 0, skipped: 1 });
    expect((await readApplications(db)).map((r) => r.id)).toEqual([again.id]);
  });

  it('empties the trash of deletions older than 30 days', async () => {
    const a = await save('a');
    const b = await save('b');
    await deleteApplications(db, [a.id], day(1));
    await deleteApplications(db, [b.id], new Date(day(1).getTime() + 31 * 86_400_000));
    expect((await db.trash.toArray()).map((t) => t.id)).toEqual([b.id]);
  });
});
