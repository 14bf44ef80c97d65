import Papa from 'papaparse';
import type { ApplicationRecord, EventRecord, PlatformRecord } from '../model/records';
import { applicationToRow } from './csv-applications';
import { APPLICATION_COLUMNS, EVENT_COLUMNS } from './csv-columns';
import { eventToRow } from './csv-events';
import { RECORDS_PER_PART } from './format';
import { eventsSheetOf, joinParts, piecesOf, type EventsSheet, type LogPieces } from './log-pieces';
import type { LogContents } from './payload';

/** Excel reads a CSV as the local code page unless it starts with a UTF-8 byte order mark. */
export const UTF8_BOM = '\uFEFF';

// Every cell is quoted: any program reads that, and it spares scanning each cell for characters
// that would need quotes, which is most of the cost on a large log.
const OPTIONS = { newline: '\r\n', quotes: true };

/** A row's cells with what it is sorted by: a time, then the record's id. */
interface SortableRow {
  at: string;
  id: string;
  cells: string[];
}

const byTimeThenId = (a: SortableRow, b: SortableRow) =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1;

/**
 * The rows of a list read in pieces, made as each piece arrives (so making rows overlaps reading
 * the rest) and then sorted: in order of time, a spreadsheet reads top to bottom as things happened.
 */
async function sortedRows<T>(
  pieces: readonly Promise<readonly T[]>[],
  toRow: (item: T) => SortableRow,
): Promise<string[][]> {
  const rows: SortableRow[] = [];
  for (const piece of pieces) for (const item of await piece) rows.push(toRow(item));
  return rows.sort(byTimeThenId).map((row) => row.cells);
}

/** The file in parts (see RECORDS_PER_PART), header first, each ending in a line break. */
function* csvParts(headers: readonly string[], rows: readonly string[][]) {
  yield UTF8_BOM + Papa.unparse([[...headers]], OPTIONS) + '\r\n';
  for (let i = 0; i < rows.length; i += RECORDS_PER_PART) {
    yield Papa.unparse(rows.slice(i, i + RECORDS_PER_PART), OPTIONS) + '\r\n';
  }
}

function platformNames(platforms: readonly PlatformRecord[]): Map<string, string> {
  return new Map(platforms.map((p) => [p.id, p.name]));
}

/** One row per application, oldest first, with everything needed to restore it. */
export async function* applicationsCsvParts(
  log: Pick<LogPieces, 'platforms' | 'applications'>,
): AsyncGenerator<string> {
  const names = platformNames(await log.platforms);
  const rows = await sortedRows(log.applications, (a: ApplicationRecord) => ({
    at: a.createdAt,
    id: a.id,
    cells: applicationToRow(a, names.get(a.platformId) ?? a.platformId),
  }));
  yield* csvParts(Object.values(APPLICATION_COLUMNS), rows);
}

export function buildApplicationsCsv(log: LogContents): Promise<string> {
  return joinParts(applicationsCsvParts(piecesOf(log)));
}

/** One row per event, oldest first; "About" names the application or platform for people reading the sheet. */
export async function* eventsCsvParts(sheet: EventsSheet): AsyncGenerator<string> {
  const about = platformNames(await sheet.platforms);
  const titles = await sheet.titles;
  const rows = await sortedRows(sheet.events, (e: EventRecord) => ({
    at: e.at,
    id: e.id,
    cells: eventToRow(e, (e.subject === 'application' ? titles : about).get(e.subjectId) ?? ''),
  }));
  yield* csvParts(Object.values(EVENT_COLUMNS), rows);
}

export function buildEventsCsv(log: LogContents): Promise<string> {
  return joinParts(eventsCsvParts(eventsSheetOf(log)));
}
