import { db } from '@/components/shared/db';
import { downloadBlob } from '@/components/shared/download';
import { exportFileName, type ExportKind } from '@/lib/transfer/format';
import { buildExportFile } from './exportFile';
import type { ExportReply, ExportRequest } from './exportMessages';

export const EXPORT_LABELS: Record<ExportKind, string> = {
  applications: 'Applications (CSV)',
  events: 'History of changes (CSV)',
  backup: 'Full backup (JSON)',
};

/** Thrown when the export worker could not run at all, as opposed to failing at its work. */
class WorkerUnavailable extends Error {}

/** Makes the file in a worker (see export.worker.ts), passing its progress on. */
function buildInWorker(kind: ExportKind, now: Date, onStep: (label: string) => void): Promise<Blob> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      reject(new WorkerUnavailable(String(error)));
      return;
    }
    const end = () => worker.terminate();
    worker.onmessage = ({ data }: MessageEvent<ExportReply>) => {
      if (data.type === 'step') return onStep(data.label);
      end();
      if (data.type === 'done') resolve(data.blob);
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      end();
      reject(new WorkerUnavailable(event.message));
    };
    const request: ExportRequest = { kind, now: now.toISOString() };
    worker.postMessage(request);
  });
}

/** Reads the log, makes the chosen file and hands it to the browser's downloads. */
export async function exportLog(kind: ExportKind, onStep: (label: string) => void, now = new Date()) {
  const blob = await buildInWorker(kind, now, onStep).catch((error: unknown) => {
    // A worker that cannot start (a browser without module workers): the page makes the file.
    if (!(error instanceof WorkerUnavailable)) throw error;
    console.warn(`TaskLens: the export worker could not run (${error.message}); the page makes the file.`);
    return buildExportFile(db, kind, now, onStep);
  });
  const fileName = exportFileName(kind, now);
  downloadBlob(fileName, blob);
  return fileName;
}
