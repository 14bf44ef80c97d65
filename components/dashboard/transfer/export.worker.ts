import { TaskLensDb } from '@/lib/db/database';
import { buildExportFile } from './exportFile';
import { WARM_UP, type ExportReply, type ExportRequest } from './exportMessages';

/**
 * Makes export files off the dashboard's main thread, with a heap of its own: the same file took
 * about half as long here as in the page, which holds the whole log on screen (its garbage
 * collection was most of the difference), and the page stays responsive meanwhile. One worker
 * makes one file and is ended.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ExportRequest | typeof WARM_UP>) => void) | null;
  postMessage: (reply: ExportReply) => void;
};

const db = new TaskLensDb();

scope.onmessage = async ({ data }) => {
  if (data === WARM_UP) {
    // An open that fails here fails again, with its message, when the file is asked for.
    await db.open().catch(() => undefined);
    return;
  }
  try {
    const blob = await buildExportFile(db, data.kind, new Date(data.now), (label) =>
      scope.postMessage({ type: 'step', label }),
    );
    scope.postMessage({ type: 'done', blob });
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  } finally {
    db.close();
  }
};
