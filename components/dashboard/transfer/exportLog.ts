import { db } from '@/components/shared/db';
import { downloadBlob } from '@/components/shared/download';
import { exportFileName, type ExportKind } from '@/lib/transfer/format';
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
    const letGo = () => {
      worker.terminate();
      if (warm?.worker === worker) {
        clearTimeout(warm.idle);
        warm = null;
      }
    };
    // A worker that fails before it is asked for a file is let go; the export starts another.
    worker.onerror = letGo;
    worker.postMessage(WARM_UP);
    warm = { worker, idle: setTimeout(letGo, WARM_FOR_MS) };
  } catch {
    // The export itself will try again, and make the file in the page if it must.
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

/** Makes the file in a worker (see export.worker.ts), passing its progress on. */
function buildInWorker(kind: ExportKind, now: Date, onStep: (label: string) => void): Promise<Blob> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = takeWorker();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
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
