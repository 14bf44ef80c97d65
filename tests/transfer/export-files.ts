import { applicationsCsvParts, eventsCsvParts, type EventsSheet } from '@/lib/transfer/csv-export';
import { jsonExportParts } from '@/lib/transfer/json-export';
import type { LogContents } from '@/lib/transfer/payload';

/** Export files as whole strings, joined from the parts the extension makes them in. */

export function buildJsonExport(log: LogContents, now: Date): string {
  return [...jsonExportParts(log, now)].join('');
}

export function buildApplicationsCsv(log: LogContents): string {
  return [...applicationsCsvParts(log)].join('');
}

export function buildEventsCsv(sheet: EventsSheet): string {
  return [...eventsCsvParts(sheet)].join('');
}
