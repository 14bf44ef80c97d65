import Papa from 'papaparse';
import type { ApplicationRecord, EventRecord } from '../model/records';
import { applicationFromRow } from './csv-applications';
import { fromCell } from './csv-cell';
import {
  APPLICATION_COLUMNS,
  DERIVED_APPLICATION_COLUMNS,
  DERIVED_EVENT_COLUMNS,
  EVENT_COLUMNS,
} from './csv-columns';
import { eventFromRow } from './csv-events';
import { fileLabel, MAX_COLLECTED_PROBLEMS, refusalFor, TransferError } from './errors';
import { MAX_IMPORT_APPLICATIONS, MAX_IMPORT_EVENTS } from './payload';
import { platformsImpliedBy } from './csv-platforms';
import type { ReadResult } from './read-result';
import { FORBIDDEN_KEYS } from './safe-json';

interface Layout<K extends string> {
  index: Record<K, number>;
  ignored: string[];
}

/** Finds each known column by its title (any case, any order); every non-derived one must be there. */
function layoutOf<K extends string>(
  header: string[],
  columns: Record<K, string>,
  derived: ReadonlySet<K>,
  what: string,
): Layout<K> {
  const byTitle = new Map(header.map((title, i) => [fromCell(title).trim().toLowerCase(), i]));
  const index = {} as Record<K, number>;
  const missing: string[] = [];
  for (const key of Object.keys(columns) as K[]) {
    const i = byTitle.get(columns[key].toLowerCase());
    if (i !== undefined) index[key] = i;
    else if (derived.has(key)) index[key] = -1;
    else missing.push(`"${columns[key]}"`);
  }
  if (missing.length) {
    throw new TransferError(
      `${what} lacks the column${missing.length === 1 ? '' : 's'} ${missing.slice(0, 6).join(', ')}${missing.length > 6 ? '…' : ''}. Import a CSV exported by TaskLens (the columns may be in any order). Nothing was changed.`,
    );
  }
  const known = new Set(Object.values<string>(columns).map((t) => t.toLowerCase()));
  const ignored = header.map((t) => fromCell(t).trim()).filter((t) => !known.has(t.toLowerCase()));
  const hostile = ignored.find((t) => FORBIDDEN_KEYS.has(t));
  if (hostile)
    throw new TransferError(
      `${what} has a column named "${hostile}", which TaskLens never writes; the file was refused. Nothing was changed.`,
    );
  return { index, ignored };
}

function parseRows(text: string, delimiter: string, what: string): string[][] {
  const result = Papa.parse<string[]>(text, { header: false, delimiter });
  const error = result.errors.find((e) => e.type === 'Quotes' || e.type === 'FieldMismatch');
  if (error) {
    const row = error.row === undefined ? '' : `row ${error.row + 1}: `;
    throw new TransferError(`${what} is not a readable CSV (${row}${error.message}). Nothing was changed.`);
  }
  return result.data;
}

const KNOWN_TITLES = new Set(
  [...Object.values<string>(APPLICATION_COLUMNS), ...Object.values<string>(EVENT_COLUMNS)].map((t) =>
    t.toLowerCase(),
  ),
);

/**
 * The header row and the separator. TaskLens writes commas, but a spreadsheet may save with
 * semicolons or tabs; the separator is the one that splits the first line into known titles
 * (guessing from the data would be fooled by a note full of semicolons).
 */
function headerOf(text: string): { header: string[]; delimiter: string } {
  const firstLine = text.slice(0, Math.min(text.length, 4096)).split(/\r?\n/, 1)[0];
  let best = { delimiter: ',', known: -1 };
  for (const delimiter of [',', ';', '\t']) {
    const titles = firstLine.split(delimiter).map((t) => t.replace(/^"|"$/g, '').trim().toLowerCase());
    const known = titles.filter((t) => KNOWN_TITLES.has(t)).length;
    if (known > best.known) best = { delimiter, known };
  }
  const first = Papa.parse<string[]>(text, { header: false, preview: 1, delimiter: best.delimiter });
  return { header: first.data[0] ?? [], delimiter: best.delimiter };
}

/** Tells an applications CSV from an events CSV by their columns. */
export function csvKindOf(text: string): 'applications' | 'events' | null {
  const titles = new Set(headerOf(text).header.map((t) => fromCell(t).trim().toLowerCase()));
  if (titles.has(APPLICATION_COLUMNS.listingKey.toLowerCase())) return 'applications';
  if (titles.has(EVENT_COLUMNS.id.toLowerCase())) return 'events';
  return null;
}

function readRows<K extends string, T>(
  text: string,
  what: string,
  columns: Record<K, string>,
  derived: ReadonlySet<K>,
  limit: number,
  fromRow: (
    cell: (column: K) => string,
    row: number,
  ) => { ok: true; record: T } | { ok: false; problems: string[] },
) {
  const { header, delimiter } = headerOf(text);
  const layout = layoutOf(header, columns, derived, what);
  const rows = parseRows(text, delimiter, what).slice(1);
  if (rows.length > limit)
    throw new TransferError(
      `${what} has ${rows.length} rows; TaskLens imports at most ${limit}. Nothing was changed.`,
    );
  const width = header.length;
  const records: T[] = [];
  const rowNumbers: number[] = [];
  const problems: string[] = [];
  rows.forEach((cells, i) => {
    if (problems.length >= MAX_COLLECTED_PROBLEMS) return;
    const row = i + 2; // the header is row 1, as a spreadsheet counts
    if (cells.length === 1 && cells[0] === '') return; // a blank line
    if (cells.length !== width) {
      problems.push(`Row ${row} has ${cells.length} cells; the header has ${width} columns.`);
      return;
    }
    const result = fromRow((column) => (layout.index[column] < 0 ? '' : cells[layout.index[column]]), row);
    if (result.ok) {
      records.push(result.record);
      rowNumbers.push(row);
    } else problems.push(...result.problems);
  });
  if (problems.length) {
    throw refusalFor(what, problems);
  }
  const notes = layout.ignored.length
    ? [
        `${what}: ignored the column${layout.ignored.length === 1 ? '' : 's'} ${layout.ignored
          .slice(0, 6)
          .map((t) => `"${t.slice(0, 40)}"`)
          .join(', ')}, which TaskLens does not use.`,
      ]
    : [];
  return { records, rowNumbers, notes };
}

/** Reads a TaskLens applications CSV; platforms it names but the log lacks are created from it. */
export function readApplicationsCsv(text: string, fileName: string): ReadResult {
  const what = fileLabel(fileName);
  const names: string[] = [];
  const { records, rowNumbers, notes } = readRows(
    text,
    what,
    APPLICATION_COLUMNS,
    DERIVED_APPLICATION_COLUMNS,
    MAX_IMPORT_APPLICATIONS,
    (cell, row) => {
      const result = applicationFromRow(cell, row);
      if (result.ok) names.push(fromCell(cell('platform')));
      return result;
    },
  );
  const applications = records as ApplicationRecord[];
  return {
    kind: 'csv',
    payload: {
      platforms: [],
      applications,
      events: [],
      platformsIfMissing: platformsImpliedBy(applications, names),
    },
    sourceOf: (_, i) => `${what}, row ${rowNumbers[i]}`,
    notes,
  };
}

export function readEventsCsv(text: string, fileName: string): ReadResult {
  const what = fileLabel(fileName);
  const { records, rowNumbers, notes } = readRows(
    text,
    what,
    EVENT_COLUMNS,
    DERIVED_EVENT_COLUMNS,
    MAX_IMPORT_EVENTS,
    eventFromRow,
  );
  return {
    kind: 'csv',
    payload: { platforms: [], applications: [], events: records as EventRecord[], platformsIfMissing: [] },
    sourceOf: (_, i) => `${what}, row ${rowNumbers[i]}`,
    notes,
  };
}
