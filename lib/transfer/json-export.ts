import type { ApplicationRecord, EventRecord, PlatformRecord } from '../model/records';
import { EXPORT_FORMAT, EXPORT_SCHEMA_VERSION } from './format';
import type { LogContents } from './payload';

export interface ExportEnvelope {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  platforms: PlatformRecord[];
  applications: ApplicationRecord[];
  events: EventRecord[];
}

/** The full backup: every record as stored, in a versioned envelope. */
export function buildJsonExport(log: LogContents, now: Date): string {
  const envelope: ExportEnvelope = {
    format: EXPORT_FORMAT,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    platforms: log.platforms,
    applications: log.applications,
    events: log.events,
  };
  // Compact, so large logs stay well inside the import size limit.
  return JSON.stringify(envelope);
}
