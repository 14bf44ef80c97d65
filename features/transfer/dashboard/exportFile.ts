import type { TaskLensDb } from '@/lib/db/database';
import { applicationsCsvParts, eventsCsvParts } from '@/lib/transfer/csv-export';
import { exportFileType, type ExportKind } from '@/lib/transfer/file-format';
import { jsonExportParts } from '@/lib/transfer/json-export';
import { readEventsSheet, readLog } from '@/lib/transfer/log-read';
import { blobOfParts } from '@/components/shared/blobOfParts';

/** Lets the page paint the progress line before a long step, when the page makes the file itself. */
const breather = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Reads what the chosen file needs from the log (in one transaction) and makes the file. Runs in
 * the export worker; the page runs it itself only if the worker could not make the file.
 */
export async function buildExportFile(
  db: TaskLensDb,
  kind: ExportKind,
  now: Date,
  onStep: (label: string) => void,
): Promise<Blob> {
  // The caller has already said it is reading the log.
  let parts: Iterable<string>;
  if (kind === 'events') {
    const sheet = await readEventsSheet(db);
    onStep('Writing the file…');
    await breather();
    parts = eventsCsvParts(sheet);
  } else {
    const log = await readLog(db, { withEvents: kind === 'backup' });
    onStep('Writing the file…');
    await breather();
    parts = kind === 'backup' ? jsonExportParts(log, now) : applicationsCsvParts(log);
  }
  return blobOfParts(parts, exportFileType(kind));
}
