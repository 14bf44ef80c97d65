import type { ExportKind } from '@/lib/transfer/file-format';

/** What the dashboard asks the export worker for: one file, dated `now` (an ISO string). */
export interface ExportRequest {
  kind: ExportKind;
  now: string;
}

/** Sent when an export may be near (the menu opened): the worker opens the database meanwhile. */
export const WARM_UP = 'warm-up';

/**
 * What the export worker answers: progress, then the file, or why it could not be made. `unavailable`
 * means it could not open the database from where it runs (the page can try); `failed`, that making
 * the file went wrong (the page would only repeat it).
 */
export type ExportReply =
  | { type: 'step'; label: string }
  | { type: 'done'; blob: Blob }
  | { type: 'unavailable' | 'failed'; message: string };
