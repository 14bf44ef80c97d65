import { db } from '@/components/shared/db';
import { buildApplicationsCsv, buildEventsCsv } from '@/lib/transfer/csv-export';
import { exportFileName, type ExportKind } from '@/lib/transfer/format';
import { buildJsonExport } from '@/lib/transfer/json-export';
import { readLog } from '@/lib/transfer/log-read';
import { downloadText } from '@/components/shared/download';
import { nextFrame } from './progress';

export const EXPORT_LABELS: Record<ExportKind, string> = {
  applications: 'Applications (CSV)',
  events: 'History of changes (CSV)',
  backup: 'Full backup (JSON)',
};

/** Reads the log, writes the chosen file and hands it to the browser's downloads. */
export async function exportLog(kind: ExportKind, onStep: (label: string) => void, now = new Date()) {
  onStep('Reading your log…');
  const log = await readLog(db, { withEvents: kind !== 'applications' });
  onStep('Writing the file…');
  await nextFrame();
  const text =
    kind === 'backup'
      ? buildJsonExport(log, now)
      : kind === 'applications'
        ? buildApplicationsCsv(log)
        : buildEventsCsv(log);
  const fileName = exportFileName(kind, now);
  downloadText(fileName, text, kind === 'backup' ? 'application/json' : 'text/csv;charset=utf-8');
  return fileName;
}
