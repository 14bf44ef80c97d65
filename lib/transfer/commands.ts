import { z } from 'zod';
import { MAX_MESSAGE_PARTS } from './format';
import { ImportMode, ImportPayload } from './payload';

// Schemas only (no database code), so the message protocol can include them anywhere.

/** The phrase a wipe must carry, so that no stray or mistaken message empties the log. */
export const WIPE_CONFIRMATION = 'delete everything';

/**
 * Import and wipe: accepted only from the extension's own pages. Part of PageMessage in
 * lib/messaging/protocol.ts. An import arrives in parts (see chunks.ts); each is validated here
 * record by record, and nothing is written until the last part has arrived.
 */
export const TRANSFER_COMMANDS = [
  z.strictObject({
    type: z.literal('import:apply'),
    importId: z.uuid(),
    part: z
      .number()
      .int()
      .min(0)
      .max(MAX_MESSAGE_PARTS - 1),
    parts: z.number().int().min(1).max(MAX_MESSAGE_PARTS),
    mode: ImportMode,
    payload: ImportPayload,
  }),
  z.strictObject({ type: z.literal('db:wipe'), confirm: z.literal(WIPE_CONFIRMATION) }),
] as const;

export const TransferCommand = z.discriminatedUnion('type', TRANSFER_COMMANDS);
export type TransferCommand = z.infer<typeof TransferCommand>;

const TRANSFER_COMMAND_TYPES = new Set<string>(TRANSFER_COMMANDS.map((c) => c.shape.type.value));

export function isTransferCommand(message: { type: string }): message is TransferCommand {
  return TRANSFER_COMMAND_TYPES.has(message.type);
}

/** What the background answers to an import part: waiting for more, or done with the counts. */
export type ImportPartReply<Summary> =
  { done: false; received: number; parts: number } | { done: true; summary: Summary };
