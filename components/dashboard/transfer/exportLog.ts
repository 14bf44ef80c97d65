import { db } from '@/components/shared/db';
import { applicationsCsvParts, eventsCsvParts } from '@/lib/transfer/csv-export';
import { exportFileName, type ExportKind } from '@/lib/transfer/format';
import { jsonExportParts } from '@/lib/transfer/json-export';
import { readEventsSheet, readLog } from '@/lib/transfer/log-read';
import { downloadParts } from '@/components/shared/download';
import { nextFrame } from './progress';

export const EXPORT_LABELS: Record<ExportKind, string> = {
  applications: 'Applications (CSV)',
  events: 'History of changes (CSV)',
  backup: 'Full backup (JSON)',
};

/** Reads what the chosen file needs from the log; the file's parts are made as they are taken. */
async function buildFile(
  kind: ExportKind,
  onStep: (label: string) => void,
  now: Date,
): Promise<Iterable<string>> {
  onStep('Reading your log…');
  if (kind === 'events') {
    const sheet = await readEventsSheet(db);
    onStep('Writing the file…');
    await nextFrame();
    return eventsCsvParts(sheet);
  }
  const log = await readLog(db, { withEvents: kind === 'backup' });
  onStep('Writing the file…');
  await nextFrame();
  return kind === 'backup' ? jsonExportParts(log, now) : applicationsCsvParts(log);
}

/** Reads the log, writes the chosen file and hands it to the browser's downloads. */
export async function exportLog(kind: ExportKind, onStep: (label: string) => void, now = new Date()) {
  const parts = await buildFile(kind, onStep, now);
  const fileName = exportFileName(kind, now);
  downloadParts(fileName, parts, kind === 'backup' ? 'application/json' : 'text/csv;charset=utf-8');
  return fileName;
}
