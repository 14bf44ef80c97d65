import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyImport } from '@/lib/transfer/apply';
import { eventsSheetOf } from '@/lib/transfer/csv-export';
import { readLog } from '@/lib/transfer/log-read';
import { readImportFiles } from '@/lib/transfer/read-file';
import { log } from './arbitraries';
import { fileOf, fill, freshDb, sorted } from './helpers';
import { buildApplicationsCsv, buildEventsCsv, buildJsonExport } from './export-files';

const now = new Date('2026-11-30T12:00:00Z');

describe('export then import into an empty log gives back the same records', () => {
  it('JSON backup: every platform, application and event', async () => {
    await fc.assert(
      fc.asyncProperty(log, async (original) => {
        const source = freshDb();
        const target = freshDb();
        try {
          await fill(source, original);
          const json = buildJsonExport(await readLog(source), now);
          const read = await readImportFiles([fileOf('backup.json', json)]);
          await applyImport(target, read.payload, 'replace', now);
          expect(sorted(await readLog(target))).toEqual(sorted(original));
        } finally {
          await Promise.all([source.delete(), target.delete()]);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('CSV files: every application and event; platforms by id and name', async () => {
    await fc.assert(
      fc.asyncProperty(log, async (original) => {
        const source = freshDb();
        const target = freshDb();
        try {
          await fill(source, original);
          const contents = await readLog(source);
          const read = await readImportFiles([
            fileOf('applications.csv', buildApplicationsCsv(contents)),
            fileOf('events.csv', buildEventsCsv(eventsSheetOf(contents))),
          ]);
          await applyImport(target, read.payload, 'merge', now);
          const back = sorted(await readLog(target));
          const want = sorted(original);
          expect(back.applications).toEqual(want.applications);
          expect(back.events).toEqual(want.events);
          // The CSV names each application's platform; a log without that platform gets one by that name.
          const names = new Map(original.platforms.map((p) => [p.id, p.name]));
          for (const a of original.applications) {
            const platform = back.platforms.find((p) => p.id === a.platformId);
            expect(platform?.name).toBe(names.get(a.platformId) ?? a.platformId);
          }
        } finally {
          await Promise.all([source.delete(), target.delete()]);
        }
      }),
      { numRuns: 40 },
    );
  });
});
