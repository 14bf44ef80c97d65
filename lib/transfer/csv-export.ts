import Papa from 'papaparse';
import type { ApplicationRecord, EventRecord, PlatformRecord } from '../model/records';
import { applicationToRow } from './csv-applications';
import { APPLICATION_COLUMNS, EVENT_COLUMNS } from './csv-columns';
import { eventToRow } from './csv-events';
import { RECORDS_PER_PART } from './file-format';
import type { LogContents } from './payload';

/** Excel reads a CSV as the local code page unless it starts with a UTF-8 byte order mark. */
export const UTF8_BOM = '\uFEFF';

// Every cell is quoted: any program reads that, and it spares scanning each cell for characters
// that would need quotes, which is most of the cost on a large log.
const OPTIONS = { newline: '\r\n', quotes: true };

/** The file in parts (see RECORDS_PER_PART), header first, each ending in a line break. */
function* csvParts<T>(headers: readonly string[], items: readonly T[], toRow: (item: T) => string[]) {
  yield UTF8_BOM + Papa.unparse([[...headers]], OPTIONS) + '\r\n';
  for (let i = 0; i < items.length; i += RECORDS_PER_PART) {
    yield Papa.unparse(items.slice(i, i + RECORDS_PER_PART).map(toRow), OPTIONS) + '\r\n';
  }
}

function platformNames(platforms: readonly PlatformRecord[]): Map<string, string> {
  return new Map(platforms.map((p) => [p.id, p.name]));
}

/** Oldest first, so a spreadsheet reads top to bottom in the order things happened. */
function byCreated(a: ApplicationRecord, b: ApplicationRecord) {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1;
}

function byTime(a: EventRecord, b: EventRecord) {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1;
}

/** One row per application, with everything needed to restore it. */
export function applicationsCsvParts(log: LogContents): Iterable<string> {
  const names = platformNames(log.platforms);
  return csvParts(Object.values(APPLICATION_COLUMNS), [...log.applications].sort(byCreated), (a) =>
    applicationToRow(a, names.get(a.platformId) ?? a.platformId),
  );
}

/** What the events CSV needs: the events, and names for what they happened to. */
export interface EventsSheet {
  platforms: readonly PlatformRecord[];
  events: readonly EventRecord[];
  /** Application titles by id. */
  titles: ReadonlyMap<string, string>;
}

export function eventsSheetOf(log: LogContents): EventsSheet {
  const titles = new Map(log.applications.map((a) => [a.id, a.listing.title]));
  return { platforms: log.platforms, events: log.events, titles };
}

/** One row per event; "About" names the application or platform for people reading the sheet. */
export function eventsCsvParts({ platforms, events, titles }: EventsSheet): Iterable<string> {
  const about = platformNames(platforms);
  return csvParts(Object.values(EVENT_COLUMNS), [...events].sort(byTime), (e) =>
    eventToRow(e, (e.subject === 'application' ? titles : about).get(e.subjectId) ?? ''),
  );
}
