import type { TaskLensDb } from '@/lib/db/database';
import { applicationsCsvParts, eventsCsvParts } from '@/lib/transfer/csv-export';
import { exportFileType, type ExportKind } from '@/lib/transfer/format';
import { jsonExportParts } from '@/lib/transfer/json-export';
import { readEventsSheet, readLogPieces } from '@/lib/transfer/log-read';
import { blobOfParts } from '@/components/shared/blobOfParts';

/**
 * Reads what the chosen file needs from the log, in one transaction, and makes the file as the
 * log's pieces arrive. Runs in the export worker; the page runs it itself only if the worker could
 * not make the file.
 */
export function buildExportFile(db: TaskLensDb, kind: ExportKind, now: Date): Promise<Blob> {
  const type = exportFileType(kind);
  if (kind === 'events') return readEventsSheet(db, (sheet) => blobOfParts(eventsCsvParts(sheet), type));
  return readLogPieces(
    db,
    (log) => blobOfParts(kind === 'backup' ? jsonExportParts(log, now) : applicationsCsvParts(log), type),
    { withEvents: kind === 'backup' },
  );
}
