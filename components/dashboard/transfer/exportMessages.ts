import type { ExportKind } from '@/lib/transfer/format';

/** What the dashboard asks the export worker for: one file, dated `now` (an ISO string). */
export interface ExportRequest {
  kind: ExportKind;
  now: string;
}

/** What the export worker answers: progress, then the file or why it could not be made. */
export type ExportReply =
  { type: 'step'; label: string } | { type: 'done'; blob: Blob } | { type: 'failed'; message: string };
