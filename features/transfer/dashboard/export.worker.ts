import { db } from '@/components/shared/db';
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

scope.onmessage = async ({ data }) => {
  if (data === WARM_UP) {
    // If opening fails now, the request opens the database again and reports why.
    await db.open().catch(() => db.close({ disableAutoOpen: false }));
    return;
  }
  const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
  try {
    await db.open();
  } catch (error) {
    scope.postMessage({ type: 'unavailable', message: message(error) });
    return;
  }
  try {
    const blob = await buildExportFile(db, data.kind, new Date(data.now), (label) =>
      scope.postMessage({ type: 'step', label }),
    );
    scope.postMessage({ type: 'done', blob });
  } catch (error) {
    scope.postMessage({ type: 'failed', message: message(error) });
  }
};
