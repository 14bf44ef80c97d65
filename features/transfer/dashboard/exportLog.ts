import { db } from '@/components/shared/db';
import { downloadBlob } from '@/components/shared/download';
import { exportFileName, type ExportKind } from '@/lib/transfer/file-format';
import { WARM_UP, type ExportReply, type ExportRequest } from './exportMessages';

export const EXPORT_LABELS: Record<ExportKind, string> = {
  applications: 'Applications (CSV)',
  events: 'History of changes (CSV)',
  backup: 'Full backup (JSON)',
};

const startWorker = () => new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });

/** A worker started ahead of an export, and when it is let go unused. */
let warm: { worker: Worker; idle: ReturnType<typeof setTimeout> } | null = null;
const WARM_FOR_MS = 60_000;

/**
 * Starts the export worker ahead of time (when the menu opens): loading its code and opening the
 * database then overlap with the user's choice. Unused for a minute, it is ended.
 */
export function warmUpExport() {
  if (warm || typeof Worker === 'undefined') return;
  try {
    const worker = startWorker();
    // A worker that fails before it is asked for a file is let go; the export starts another.
    worker.onerror = () => letGoOfWarmWorker(worker);
    worker.postMessage(WARM_UP);
    warm = { worker, idle: setTimeout(() => letGoOfWarmWorker(worker), WARM_FOR_MS) };
  } catch {
    // The export itself will try again, and make the file in the page if it must.
  }
}

/** Ends the worker started ahead (or only `worker`, if given and still the one waiting): no export is coming. */
export function letGoOfWarmWorker(worker = warm?.worker) {
  worker?.terminate();
  if (warm && warm.worker === worker) {
    clearTimeout(warm.idle);
    warm = null;
  }
}

/** The warmed worker if there is one, else a new one. */
function takeWorker(): Worker {
  if (!warm) return startWorker();
  clearTimeout(warm.idle);
  const { worker } = warm;
  warm = null;
  return worker;
}

/** Making the file went wrong in the worker: the page would only repeat it, so it is reported. */
class ExportFailed extends Error {}

/** Makes the file in a worker (see export.worker.ts), passing its progress on. */
function buildInWorker(kind: ExportKind, now: Date, onStep: (label: string) => void): Promise<Blob> {
  return new Promise((resolve, reject) => {
    // A worker that cannot be started throws here, which rejects the promise.
    const worker = takeWorker();
    const end = () => worker.terminate();
    worker.onmessage = ({ data }: MessageEvent<ExportReply>) => {
      if (data.type === 'step') return onStep(data.label);
      end();
      if (data.type === 'done') resolve(data.blob);
      else reject(data.type === 'failed' ? new ExportFailed(data.message) : new Error(data.message));
    };
    worker.onerror = (event) => {
      end();
      reject(new Error(event.message || 'the worker stopped'));
    };
    worker.onmessageerror = () => {
      end();
      reject(new Error('its answer could not be read'));
    };
    const request: ExportRequest = { kind, now: now.toISOString() };
    worker.postMessage(request);
  });
}

/** Reads the log, makes the chosen file and hands it to the browser's downloads. */
export async function exportLog(kind: ExportKind, onStep: (label: string) => void, now = new Date()) {
  // In the performance timeline, so the export's own time can be measured (see bench-transfer.ts).
  const start = performance.mark('tasklens:export-start');
  const blob = await buildInWorker(kind, now, onStep).catch(async (error: unknown) => {
    if (error instanceof ExportFailed) throw error;
    // A worker that cannot start, or cannot reach the database from where it runs: the page makes
    // the file itself, and a failure of its own is the one reported. The code that makes files is
    // loaded only then, so the dashboard does not load it to open.
    const reason = error instanceof Error ? error.message : String(error);
    console.warn(`TaskLens: the export worker could not make the file (${reason}); the page makes it.`);
    const { buildExportFile } = await import('./exportFile');
    return buildExportFile(db, kind, now, onStep);
  });
  const fileName = exportFileName(kind, now);
  downloadBlob(fileName, blob);
  performance.measure('tasklens:export', { start: start.startTime, detail: kind });
  return fileName;
}
