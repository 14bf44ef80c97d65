import type { ImportMode } from './payload';
import type { ImportSummary } from './plan';
import type { ReadResult } from './read-result';
import type { TextPart } from './text-parts';

// The import's side of the messages in lib/messaging/commands.ts: what the background's import
// takes and what it answers. The schemas that check these live with the other commands.

/** Files named by `blob:` URLs the extension's own page made for them. */
export interface ImportFilesRequest {
  importId: string;
  files: { name: string; url: string }[];
  mode: ImportMode;
  apply: boolean;
}

/** One message's share of the files' text, for a background that cannot fetch their URLs. */
export interface ImportPartRequest extends TextPart {
  importId: string;
  mode: ImportMode;
  apply: boolean;
}

/** What the background answers to an import message. */
export type ImportReply =
  /** More parts are expected. */
  | { status: 'waiting'; received: number }
  /** The files were refused; nothing was kept or changed. */
  | { status: 'refused'; summary: string; details: string[] }
  /** What the import would do, read against the log as it is now. */
  | { status: 'preview'; summary: ImportSummary; kind: ReadResult['kind']; notes: string[] }
  | { status: 'applied'; summary: ImportSummary }
  /** The background no longer holds this import (it was restarted): send the files again. */
  | { status: 'expired' }
  /** The background could not fetch the files' URLs: send their text instead. */
  | { status: 'unreachable' };
