import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  fromCell,
  listFromCell,
  listToCell,
  optionalFromCell,
  optionalToCell,
  toCell,
} from '@/lib/transfer/csv-cell';
import { APPLICATION_COLUMNS } from '@/lib/transfer/csv-columns';
import { eventsSheetOf, UTF8_BOM } from '@/lib/transfer/csv-export';
import { readEventsSheet, readLog } from '@/lib/transfer/log-read';
import { readImportFile } from '@/lib/transfer/read-file';
import { fileOf, fill, freshDb } from './helpers';
import { sampleApplication, sampleEvent, samplePlatform } from './sample';
import { buildApplicationsCsv, buildEventsCsv } from './export-files';

const log = {
  platforms: [samplePlatform()],
  applications: [
    sampleApplication('a', {
      notes: '=HYPERLINK("https://evil.example","click")',
      payNoted: '-$5 fee',
      tags: ['@home', 'a;b'],
      outcome: 'rejected',
      outcomeAt: '2026-01-02T00:00:00.000Z',
    }),
  ],
  events: [sampleEvent('e1', 'app-a', undefined, { detail: '' })],
};

describe('cells are safe in a spreadsheet and read back exactly', () => {
  it('any text survives neutralising', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(fromCell(toCell(s))).toBe(s);
        expect(optionalFromCell(optionalToCell(s))).toBe(s);
        expect(/^[=+\-@\t\r]/.test(toCell(s))).toBe(false);
      }),
      { numRuns: 2000 },
    );
    expect(optionalFromCell(optionalToCell(undefined))).toBeUndefined();
    expect(toCell("'quoted")).toBe("''quoted");
  });

  it('any list of tags survives its cell', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', minLength: 1 })), (tags) => {
        expect(listFromCell(listToCell(tags))).toEqual(tags);
      }),
      { numRuns: 2000 },
    );
    expect(listToCell(['remote', 'bio'])).toBe('remote; bio');
  });

  it('text a CSV file cannot carry is escaped, and only that text', () => {
    const unit = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('\\', "'\\", '\\u{0}', '=', "'"),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 8 }), (parts) => {
        const s = parts.join('');
        const cell = toCell(s);
        expect(fromCell(cell)).toBe(s);
        expect(listFromCell(listToCell([s || 'x']))).toEqual([s || 'x']);
        // What the file holds encodes to UTF-8 and back unchanged, with no NUL to look binary.
        expect(new TextDecoder().decode(new TextEncoder().encode(cell))).toBe(cell);
        expect(cell).not.toContain('\u0000');
        expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
      }),
      { numRuns: 3000 },
    );
    expect(toCell('a\u0000b')).toBe("'\\a\\u{0}b");
    expect(toCell('\\ \uD83D')).toBe("'\\\\\\ \\u{d83d}");
    expect(toCell('back\\slash')).toBe('back\\slash');
    // A cell escaped by hand with a stray backslash keeps it.
    expect(fromCell("'\\x\\q")).toBe('x\\q');
  });
});

describe('the applications CSV', () => {
  const csv = buildApplicationsCsv(log);

  it('starts with a BOM, has readable columns, and no cell starts like a formula', () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1)).data;
    expect(rows[0].slice(0, 6)).toEqual(['Platform', 'Title', 'Company', 'URL', 'Stage', 'In stage since']);
    const row = Object.fromEntries(rows[0].map((h, i) => [h, rows[1][i]]));
    expect(row).toMatchObject({
      Platform: 'Outlier',
      Title: 'Listing a',
      Stage: 'Applied / registered',
      Outcome: 'Rejected',
      'Found date': '2026-01-01T00:00:00.000Z',
      'Pay noted': "'-$5 fee",
      Notes: `'=HYPERLINK("https://evil.example","click")`,
      Tags: '["@home","a;b"]',
    });
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('row and column name each problem, and nothing is half read', async () => {
    const broken = csv.replace(',"Applied / registered",', ',"Hired",');
    await expect(readImportFile(fileOf('a.csv', broken))).rejects.toThrow(
      /Row 2, column "Stage": "Hired" is not a stage/,
    );
    const badUrl = csv.replace('"https://app.outlier.ai/en/expert/opportunities/a",', '"not a url",');
    await expect(readImportFile(fileOf('a.csv', badUrl))).rejects.toThrow(/Row 2, column "URL": Invalid URL/);
    const short = csv.replace(/\r\n$/, '') + '\r\nonly,three,cells\r\n';
    await expect(readImportFile(fileOf('a.csv', short))).rejects.toThrow(/Row 3 has 3 cells/);
    const missing = csv.replace('Listing key', 'Something else');
    await expect(readImportFile(fileOf('a.csv', missing))).rejects.toThrow(/not a TaskLens export/);
    const noStage = csv.replace(',"Stage",', ',"Stadium",');
    await expect(readImportFile(fileOf('a.csv', noStage))).rejects.toThrow(/lacks the column "Stage"/);
  });

  it('reads a copy re-saved with semicolons, stage ids, and columns moved or added', async () => {
    const rows = Papa.parse<string[]>(csv.slice(1)).data.filter((r) => r.length > 1);
    rows[1][rows[0].indexOf(APPLICATION_COLUMNS.stage)] = 'applied';
    const reordered = rows.map((r) => ['extra', ...r.slice().reverse()]);
    reordered[0][0] = 'My own column';
    const text = Papa.unparse(reordered, { delimiter: ';' });
    const read = await readImportFile(fileOf('resaved.csv', text));
    expect(read.payload.applications).toEqual(log.applications);
    expect(read.notes.join(' ')).toMatch(/ignored the column "My own column"/);
  });
});

describe('the events CSV', () => {
  it('keeps an empty detail apart from no detail', async () => {
    const read = await readImportFile(fileOf('e.csv', buildEventsCsv(eventsSheetOf(log))));
    expect(read.payload.events).toEqual(log.events);
    expect(read.payload.events[0].detail).toBe('');
    expect(read.payload.events[0]).not.toHaveProperty('outcome');
  });

  it('from the database names each application by the title in its summary', async () => {
    const db = freshDb();
    await fill(db, log);
    const fromSummaries = buildEventsCsv(await readEventsSheet(db));
    expect(fromSummaries).toBe(buildEventsCsv(eventsSheetOf(await readLog(db))));
    expect(fromSummaries).toContain(`"${log.applications[0].listing.title}"`);
    await db.delete();
  });
});
