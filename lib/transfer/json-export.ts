import type { ApplicationRecord, EventRecord, PlatformRecord } from '../model/records';
import { EXPORT_FORMAT, EXPORT_SCHEMA_VERSION, RECORDS_PER_PART } from './file-format';
import type { LogContents } from './payload';

export interface ExportEnvelope {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  platforms: PlatformRecord[];
  applications: ApplicationRecord[];
  events: EventRecord[];
}

/** A list's items as JSON, in parts that join with the list's brackets around them. */
function* listParts(items: readonly unknown[]) {
  for (let i = 0; i < items.length; i += RECORDS_PER_PART) {
    const text = JSON.stringify(items.slice(i, i + RECORDS_PER_PART));
    yield (i ? ',' : '') + text.slice(1, -1);
  }
}

/**
 * The full backup: every record as stored, in a versioned envelope, in parts (see
 * RECORDS_PER_PART). Joined, the parts are exactly `JSON.stringify` of the envelope: compact, so
 * large logs stay well inside the import size limit.
 */
export function* jsonExportParts(log: LogContents, now: Date): Generator<string> {
  const head: Omit<ExportEnvelope, 'applications' | 'events'> = {
    format: EXPORT_FORMAT,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    platforms: log.platforms,
  };
  yield JSON.stringify(head).slice(0, -1) + ',"applications":[';
  yield* listParts(log.applications);
  yield '],"events":[';
  yield* listParts(log.events);
  yield ']}';
}
