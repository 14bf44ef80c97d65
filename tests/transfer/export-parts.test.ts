import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { applicationToRow } from '@/lib/transfer/csv-applications';
import { APPLICATION_COLUMNS } from '@/lib/transfer/csv-columns';
import { applicationsCsvParts, UTF8_BOM } from '@/lib/transfer/csv-export';
import { RECORDS_PER_PART } from '@/lib/transfer/file-format';
import { jsonExportParts } from '@/lib/transfer/json-export';
import { readImportFiles } from '@/lib/transfer/read-file';
import type { LogContents } from '@/lib/transfer/payload';
import { sampleApplication, sampleEvent, samplePlatform } from './sample';
import { fileOf } from './helpers';
import { buildApplicationsCsv, buildJsonExport } from './export-files';

/** A log large enough that each list spans several parts, the last one short. */
function largeLog(applications: number, events: number): LogContents {
  const apps = Array.from({ length: applications }, (_, i) =>
    sampleApplication(`p${i}`, { createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() }),
  );
  return {
    platforms: [samplePlatform()],
    applications: apps,
    events: Array.from({ length: events }, (_, i) => sampleEvent(`e${i}`, apps[i % applications].id)),
  };
}

const now = new Date('2026-11-30T12:00:00.000Z');

describe('export files made in parts', () => {
  it('the backup’s parts join into exactly the envelope as one JSON text', () => {
    const log = largeLog(RECORDS_PER_PART * 2 + 1, RECORDS_PER_PART * 3);
    const parts = [...jsonExportParts(log, now)];
    // Head, three parts of applications, the link, three of events, the tail.
    expect(parts).toHaveLength(1 + 3 + 1 + 3 + 1);
    const envelope = {
      format: 'tasklens-export',
      schemaVersion: 2,
      exportedAt: now.toISOString(),
      platforms: log.platforms,
      applications: log.applications,
      events: log.events,
    };
    expect(parts.join('')).toBe(JSON.stringify(envelope));
  });

  it('an empty log makes empty lists, not stray commas, and a CSV of its header alone', () => {
    const empty = { platforms: [], applications: [], events: [] };
    expect(JSON.parse(buildJsonExport(empty, now))).toMatchObject(empty);
    const header = Papa.unparse([Object.values(APPLICATION_COLUMNS)], { quotes: true });
    // One line break after the header and no empty row after it.
    expect(buildApplicationsCsv(empty)).toBe(`${UTF8_BOM}${header}\r\n`);
  });

  it('the applications CSV’s parts join into the same text as one table, and read back whole', async () => {
    const log = largeLog(RECORDS_PER_PART + 7, 0);
    const parts = [...applicationsCsvParts(log)];
    expect(parts).toHaveLength(1 + 2);
    for (const part of parts) expect(part.endsWith('\r\n')).toBe(true);
    const whole = Papa.unparse(
      {
        fields: Object.values(APPLICATION_COLUMNS),
        data: log.applications.map((a) => applicationToRow(a, 'Outlier')),
      },
      { newline: '\r\n', quotes: true },
    );
    expect(parts.join('')).toBe(`${UTF8_BOM}${whole}\r\n`);
    const read = await readImportFiles([fileOf('applications.csv', buildApplicationsCsv(log))]);
    expect(read.payload.applications).toEqual(log.applications);
  });
});
