import { z } from 'zod';
import { MAX_IMPORT_FILES, MAX_MESSAGE_PART_CHARS, MAX_MESSAGE_PARTS } from './format';
import { ImportMode } from './payload';
import type { ImportSummary } from './plan';
import type { ReadResult } from './read-result';

// Schemas only (no database code), so the message protocol can include them anywhere.

/** The phrase a wipe must carry, so that no stray or mistaken message empties the log. */
export const WIPE_CONFIRMATION = 'delete everything';

const importId = z.uuid();

/**
 * Import and wipe: accepted only from the extension's own pages. Part of PageMessage in
 * lib/messaging/protocol.ts. An import names its files by `blob:` URLs the page made for them,
 * which the background fetches itself (a runtime message would serialise every byte); where it
 * cannot, the files' text travels in parts (see text-parts.ts). Once it has the files, the
 * background reads and checks every record, keeps the result, and answers with a preview (or,
 * with `apply`, writes it). `import:preview` and `import:apply` then work on what it kept;
 * `import:discard` lets it go.
 */
export const TRANSFER_COMMANDS = [
  z.strictObject({
    type: z.literal('import:files'),
    importId,
    files: z
      .array(z.strictObject({ name: z.string().max(1000), url: z.string().startsWith('blob:').max(500) }))
      .min(1)
      .max(MAX_IMPORT_FILES),
    mode: ImportMode,
    apply: z.boolean(),
  }),
  z.strictObject({
    type: z.literal('import:part'),
    importId,
    part: z
      .number()
      .int()
      .min(0)
      .max(MAX_MESSAGE_PARTS - 1),
    parts: z.number().int().min(1).max(MAX_MESSAGE_PARTS),
    names: z.array(z.string().max(1000)).max(MAX_IMPORT_FILES),
    chunks: z
      .array(
        z.strictObject({
          file: z
            .number()
            .int()
            .min(0)
            .max(MAX_IMPORT_FILES - 1),
          text: z.string().max(MAX_MESSAGE_PART_CHARS),
        }),
      )
      .max(MAX_IMPORT_FILES),
    mode: ImportMode,
    apply: z.boolean(),
  }),
  z.strictObject({ type: z.literal('import:preview'), importId, mode: ImportMode }),
  z.strictObject({ type: z.literal('import:apply'), importId, mode: ImportMode }),
  z.strictObject({ type: z.literal('import:discard'), importId }),
  z.strictObject({ type: z.literal('db:wipe'), confirm: z.literal(WIPE_CONFIRMATION) }),
] as const;

export const TransferCommand = z.discriminatedUnion('type', TRANSFER_COMMANDS);
export type TransferCommand = z.infer<typeof TransferCommand>;
export type ImportPartCommand = Extract<TransferCommand, { type: 'import:part' }>;
export type ImportFilesCommand = Extract<TransferCommand, { type: 'import:files' }>;

const TRANSFER_COMMAND_TYPES = new Set<string>(TRANSFER_COMMANDS.map((c) => c.shape.type.value));

export function isTransferCommand(message: { type: string }): message is TransferCommand {
  return TRANSFER_COMMAND_TYPES.has(message.type);
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
