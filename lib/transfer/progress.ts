/**
 * Reports how far a long step has got and gives the page a moment to paint. Called between
 * batches; `done` and `total` count records.
 */
export type Progress = (done: number, total: number) => Promise<void> | void;

/** Records handled between two progress reports: small enough to keep a page responsive. */
export const PROGRESS_BATCH = 2000;

/** Runs `handle` on each item, reporting progress between batches. */
export async function forEachWithProgress<T>(
  items: readonly T[],
  handle: (item: T, index: number) => void,
  progress?: Progress,
): Promise<void> {
  for (let i = 0; i < items.length; i++) {
    handle(items[i], i);
    if (progress && (i + 1) % PROGRESS_BATCH === 0) await progress(i + 1, items.length);
  }
  if (progress) await progress(items.length, items.length);
}
