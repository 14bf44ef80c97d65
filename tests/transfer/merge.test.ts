import { describe, expect, it } from 'vitest';
import { useFreshDb } from '../db/fixtures';
import { deleteApplications } from '@/lib/db/application-edits';
import type { TaskLensDb } from '@/lib/db/database';
import { applyImport, previewImport } from '@/lib/transfer/apply';
import { readLog } from '@/lib/transfer/log-read';
import { emptyPayload, type ImportPayload } from '@/lib/transfer/payload';
import { changesNothing } from '@/lib/transfer/plan';
import { readImportFiles } from '@/lib/transfer/read-file';
import { fileOf, fill, freshDb, sorted } from './helpers';
import { sampleApplication, sampleEvent, samplePlatform, T0, T1, T2 } from './sample';
import { buildJsonExport } from './export-files';

let db: TaskLensDb;
useFreshDb((fresh) => (db = fresh));

const payload = (p: Partial<ImportPayload>): ImportPayload => ({ ...emptyPayload(), ...p });

describe('merging an import into the log', () => {
  it('adds what is new, updates what the file has newer, keeps what the log has newer', async () => {
    await fill(db, {
      platforms: [samplePlatform()],
      applications: [
        sampleApplication('a', { notes: 'mine', updatedAt: T1 }),
        sampleApplication('b', { notes: 'old', updatedAt: T0 }),
        sampleApplication('same'),
      ],
      events: [sampleEvent('e-log', 'app-a', T2)],
    });
    const file = payload({
      applications: [
        sampleApplication('a', { notes: 'older copy', updatedAt: T0 }),
        sampleApplication('b', { notes: 'newer copy', stage: 'screening', updatedAt: T2 }),
        sampleApplication('same'),
        sampleApplication('new'),
      ],
      events: [sampleEvent('e-file', 'app-b', T1)],
    });
    const preview = await previewImport(db, file, 'merge');
    const summary = await applyImport(db, file, 'merge', new Date(T2));
    expect(preview.applications).toEqual(summary.applications);
    expect(summary.applications).toEqual({ added: 1, updated: 1, unchanged: 1, keptNewer: 1, removed: 0 });

    const after = await readLog(db);
    const notes = Object.fromEntries(after.applications.map((a) => [a.listingKey, a.notes]));
    expect(notes).toEqual({
      'outlier:a': 'mine',
      'outlier:b': 'newer copy',
      'outlier:same': '',
      'outlier:new': '',
    });
    // The log's newer event stays; the file's event is added; the update itself is recorded.
    const kinds = after.events.map(
      (e) => `${e.id === 'e-log' || e.id === 'e-file' ? e.id : e.kind}:${e.subjectId}`,
    );
    expect(kinds.sort()).toEqual(['e-file:app-b', 'e-log:app-a', 'imported:app-b']);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    await fill(db, { platforms: [samplePlatform()], applications: [sampleApplication('a')], events: [] });
    const source = freshDb();
    await fill(source, {
      platforms: [samplePlatform({ notes: 'newer', updatedAt: T1 })],
      applications: [sampleApplication('a', { notes: 'newer', updatedAt: T1 }), sampleApplication('b')],
      events: [sampleEvent('e1', 'app-b')],
    });
    const json = buildJsonExport(await readLog(source), new Date(T2));
    await source.delete();
    const read = await readImportFiles([fileOf('backup.json', json)]);

    const first = await applyImport(db, read.payload, 'merge', new Date(T2));
    expect(changesNothing(first)).toBe(false);
    const afterFirst = sorted(await readLog(db));
    const second = await applyImport(db, read.payload, 'merge', new Date(T2));
    expect(changesNothing(second)).toBe(true);
    expect(sorted(await readLog(db))).toEqual(afterFirst);
  });

  it('follows the log’s id when the same listing was saved under another id, events included', async () => {
    await fill(db, { platforms: [], applications: [sampleApplication('a', { id: 'here' })], events: [] });
    await applyImport(
      db,
      payload({
        applications: [sampleApplication('a', { id: 'there', updatedAt: T1, notes: 'from the laptop' })],
        events: [sampleEvent('e1', 'there')],
      }),
      'merge',
    );
    const after = await readLog(db);
    expect(after.applications.map((a) => [a.id, a.notes])).toEqual([['here', 'from the laptop']]);
    expect(after.events.find((e) => e.id === 'e1')?.subjectId).toBe('here');
  });

  it('gives a new id to an application whose id is taken by another listing', async () => {
    await fill(db, { platforms: [], applications: [sampleApplication('a', { id: 'x' })], events: [] });
    await applyImport(
      db,
      payload({ applications: [sampleApplication('b', { id: 'x' })], events: [sampleEvent('e1', 'x')] }),
      'merge',
    );
    const after = await readLog(db);
    const b = after.applications.find((a) => a.listingKey === 'outlier:b')!;
    expect(b.id).not.toBe('x');
    expect(after.events[0].subjectId).toBe(b.id);
  });

  it('on a log far larger than the file, looks up the file’s own records with the same result', async () => {
    const others = Array.from({ length: 40 }, (_, i) => sampleApplication(`other-${i}`));
    await fill(db, {
      platforms: [],
      applications: [sampleApplication('a', { id: 'here' }), sampleApplication('c', { id: 'x' }), ...others],
      events: [sampleEvent('e-known', 'here')],
    });
    await applyImport(
      db,
      payload({
        applications: [
          sampleApplication('a', { id: 'there', updatedAt: T1, notes: 'from the laptop' }),
          sampleApplication('b', { id: 'x' }),
        ],
        events: [sampleEvent('e1', 'there'), sampleEvent('e2', 'x'), sampleEvent('e-known', 'here')],
      }),
      'merge',
    );
    const after = await readLog(db);
    expect(after.applications).toHaveLength(43);
    expect(after.applications.find((a) => a.id === 'here')?.notes).toBe('from the laptop');
    const b = after.applications.find((a) => a.listingKey === 'outlier:b')!;
    expect(b.id).not.toBe('x');
    const subjectOf = (id: string) => after.events.filter((e) => e.id === id).map((e) => e.subjectId);
    expect(subjectOf('e1')).toEqual(['here']);
    expect(subjectOf('e2')).toEqual([b.id]);
    expect(subjectOf('e-known')).toEqual(['here']);
  });

  it('never files an event twice, even one an earlier merge moved to another application', async () => {
    await fill(db, { platforms: [], applications: [sampleApplication('a', { id: 'here' })], events: [] });
    const file = payload({
      applications: [sampleApplication('a', { id: 'there' })],
      events: [sampleEvent('e1', 'there')],
    });
    await applyImport(db, file, 'merge');
    // The log's copy goes (its history stays), so the same file now brings the application back.
    await deleteApplications(db, ['here']);
    const again = await applyImport(db, file, 'merge');
    expect(again.events).toMatchObject({ added: 0, unchanged: 1 });
    const after = await readLog(db);
    expect(after.events.filter((e) => e.id === 'e1').map((e) => e.subjectId)).toEqual(['here']);
    // The log's own backup still reads back.
    await expect(
      readImportFiles([fileOf('backup.json', buildJsonExport(after, new Date(T2)))]),
    ).resolves.toBeTruthy();
  });

  it('adds platforms named by a CSV only when the log lacks them', async () => {
    await fill(db, { platforms: [samplePlatform({ notes: 'keep me' })], applications: [], events: [] });
    const summary = await applyImport(
      db,
      payload({
        platformsIfMissing: [samplePlatform(), samplePlatform({ id: 'company:acme', name: 'Acme' })],
      }),
      'merge',
    );
    expect(summary.platforms.added).toBe(1);
    expect((await db.platforms.get('outlier'))?.notes).toBe('keep me');
  });
});

describe('replacing the log with a backup', () => {
  it('makes the log equal the file and says what it removes', async () => {
    await fill(db, {
      platforms: [samplePlatform()],
      applications: [sampleApplication('gone'), sampleApplication('kept')],
      events: [sampleEvent('e-gone', 'app-gone')],
    });
    const file = payload({
      platforms: [samplePlatform()],
      applications: [sampleApplication('kept', { notes: 'restored' }), sampleApplication('new')],
      events: [sampleEvent('e-new', 'app-new')],
    });
    const preview = await previewImport(db, file, 'replace');
    expect(preview.applications).toMatchObject({ added: 1, updated: 1, removed: 1 });
    expect(preview.events).toMatchObject({ added: 1, removed: 1 });
    await applyImport(db, file, 'replace');
    expect(sorted(await readLog(db))).toEqual(
      sorted({ platforms: file.platforms, applications: file.applications, events: file.events }),
    );
  });

  it('moves a listing key from one id to another without tripping the unique index', async () => {
    await fill(db, {
      platforms: [],
      applications: [sampleApplication('a', { id: 'one' }), sampleApplication('b', { id: 'two' })],
      events: [],
    });
    const swapped = [sampleApplication('b', { id: 'one' }), sampleApplication('a', { id: 'two' })];
    await applyImport(db, payload({ applications: swapped }), 'replace');
    expect(sorted(await readLog(db)).applications.map((a) => [a.id, a.listingKey])).toEqual([
      ['one', 'outlier:b'],
      ['two', 'outlier:a'],
    ]);
  });

  it('a failure part way leaves the log exactly as it was', async () => {
    const before = {
      platforms: [samplePlatform()],
      applications: [sampleApplication('a')],
      events: [sampleEvent('e', 'app-a')],
    };
    await fill(db, before);
    // Two records with one listing key pass the plan but break the unique index while writing.
    const clash = payload({
      applications: [
        sampleApplication('x', { id: 'p', listingKey: 'dup' }),
        sampleApplication('y', { id: 'q', listingKey: 'dup' }),
      ],
    });
    await expect(applyImport(db, clash, 'replace')).rejects.toThrow();
    expect(sorted(await readLog(db))).toEqual(sorted(before));
  });
});
