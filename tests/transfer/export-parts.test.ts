import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { applicationToRow } from '@/lib/transfer/csv-applications';
import { APPLICATION_COLUMNS } from '@/lib/transfer/csv-columns';
import {
  applicationsCsvParts,
  buildApplicationsCsv,
  buildEventsCsv,
  eventsCsvParts,
  UTF8_BOM,
} from '@/lib/transfer/csv-export';
import { RECORDS_PER_PART } from '@/lib/transfer/format';
import { buildJsonExport, jsonExportParts } from '@/lib/transfer/json-export';
import { joinParts, piecesOf, type LogPieces } from '@/lib/transfer/log-pieces';
import { readImportFiles } from '@/lib/transfer/read-file';
import type { LogContents } from '@/lib/transfer/payload';
import { sampleApplication, sampleEvent, samplePlatform } from './sample';
import { fileOf } from './helpers';

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

async function partsOf(parts: AsyncIterable<string>): Promise<string[]> {
  const all: string[] = [];
  for await (const part of parts) all.push(part);
  return all;
}

/** A list cut into pieces of the given sizes (empty ones included), as a log read in ranges gives it. */
function cut<T>(items: readonly T[], sizes: readonly number[]): Promise<T[]>[] {
  let at = 0;
  const pieces = sizes.map((size) => Promise.resolve(items.slice(at, (at += size))));
  return [...pieces, Promise.resolve(items.slice(at))];
}

/** Pieces that arrive out of step with their use: each one only after the previous is awaited. */
function slowly<T>(pieces: Promise<T>[]): Promise<T>[] {
  return pieces.map((piece, i) => new Promise((resolve) => setTimeout(() => resolve(piece), 5 * i)));
}

describe('export files made in parts', () => {
  it('the backup’s parts join into exactly the envelope as one JSON text', async () => {
    const log = largeLog(RECORDS_PER_PART * 2 + 1, RECORDS_PER_PART * 3);
    const parts = await partsOf(jsonExportParts(piecesOf(log), now));
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

  it('a log read in uneven pieces, some empty, makes the same files as one piece', async () => {
    const log = largeLog(RECORDS_PER_PART * 2 + 13, RECORDS_PER_PART * 3 + 4);
    // Shuffled, so that sorting the CSV rows has to bring pieces together.
    const shuffled = [...log.applications].reverse();
    const pieces: LogPieces = {
      platforms: Promise.resolve(log.platforms),
      applications: slowly(cut(log.applications, [0, 7, RECORDS_PER_PART + 3, 0, 1])),
      events: slowly(cut(log.events, [RECORDS_PER_PART - 1, 0, 2])),
    };
    expect(await joinParts(jsonExportParts(pieces, now))).toBe(await buildJsonExport(log, now));
    const reversed = { ...pieces, applications: slowly(cut(shuffled, [5, 0, RECORDS_PER_PART])) };
    expect(await joinParts(applicationsCsvParts(reversed))).toBe(await buildApplicationsCsv(log));
    const titles = new Map(log.applications.map((a) => [a.id, a.listing.title]));
    const events = slowly(cut([...log.events].reverse(), [3, RECORDS_PER_PART, 0]));
    expect(
      await joinParts(
        eventsCsvParts({ platforms: pieces.platforms, titles: Promise.resolve(titles), events }),
      ),
    ).toBe(await buildEventsCsv(log));
  });

  it('an empty log makes empty lists, not stray commas, and a CSV of its header alone', async () => {
    const empty = { platforms: [], applications: [], events: [] };
    expect(JSON.parse(await buildJsonExport(empty, now))).toMatchObject(empty);
    const header = Papa.unparse([Object.values(APPLICATION_COLUMNS)], { quotes: true });
    // One line break after the header and no empty row after it.
    expect(await buildApplicationsCsv(empty)).toBe(`${UTF8_BOM}${header}\r\n`);
  });

  it('the applications CSV’s parts join into the same text as one table, and read back whole', async () => {
    const log = largeLog(RECORDS_PER_PART + 7, 0);
    const parts = await partsOf(applicationsCsvParts(piecesOf(log)));
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
    const read = await readImportFiles([fileOf('applications.csv', await buildApplicationsCsv(log))]);
    expect(read.payload.applications).toEqual(log.applications);
  });
});
