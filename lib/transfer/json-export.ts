import type { ApplicationRecord, EventRecord, PlatformRecord } from '../model/records';
import { EXPORT_FORMAT, EXPORT_SCHEMA_VERSION, RECORDS_PER_PART } from './format';
import { joinParts, piecesOf, type LogPieces } from './log-pieces';
import type { LogContents } from './payload';

export interface ExportEnvelope {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  platforms: PlatformRecord[];
  applications: ApplicationRecord[];
  events: EventRecord[];
}

/** A list's items as JSON, piece by piece as each arrives, in parts that join with the list's brackets around them. */
async function* listParts(pieces: readonly Promise<readonly unknown[]>[]) {
  let first = true;
  for (const piece of pieces) {
    const items = await piece;
    for (let i = 0; i < items.length; i += RECORDS_PER_PART) {
      const text = JSON.stringify(items.slice(i, i + RECORDS_PER_PART));
      yield (first ? '' : ',') + text.slice(1, -1);
      first = false;
    }
  }
}

/**
 * The full backup: every record as stored, in a versioned envelope, in parts (see
 * RECORDS_PER_PART). Joined, the parts are exactly `JSON.stringify` of the envelope: compact, so
 * large logs stay well inside the import size limit.
 */
export async function* jsonExportParts(log: LogPieces, now: Date): AsyncGenerator<string> {
  const head: Omit<ExportEnvelope, 'applications' | 'events'> = {
    format: EXPORT_FORMAT,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    platforms: [...(await log.platforms)],
  };
  yield JSON.stringify(head).slice(0, -1) + ',"applications":[';
  yield* listParts(log.applications);
  yield '],"events":[';
  yield* listParts(log.events);
  yield ']}';
}

export function buildJsonExport(log: LogContents, now: Date): Promise<string> {
  return joinParts(jsonExportParts(piecesOf(log), now));
}
