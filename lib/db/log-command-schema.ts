import { z } from 'zod';
import { Requirement, RequirementId, Tag } from '../model/records';
import { Outcome, Stage } from '../model/stage-schema';
import { MAX_IDS_PER_COMMAND, MAX_NAME, MAX_NOTES, MAX_PAY_NOTED, MAX_UNPAID_HOURS } from '../model/limits';

// Schemas only (no database code), so the message protocol can include them anywhere.

const RecordId = z.string().min(1).max(64);
const Ids = z.array(RecordId).min(1).max(MAX_IDS_PER_COMMAND);
const Notes = z.string().max(MAX_NOTES);

/** At least one field besides `type` and `id` must be present, or the edit would say nothing. */
function someField(fields: readonly string[]) {
  return (m: Record<string, unknown>) => fields.some((f) => m[f] !== undefined);
}

/**
 * Changes to the log that only the extension's own pages (the dashboard) may ask for. Strict:
 * an unknown field is an error. Part of PageMessage in lib/messaging/protocol.ts.
 */
export const LOG_COMMANDS = [
  z.strictObject({ type: z.literal('application:stage'), id: RecordId, stage: Stage }),
  z.strictObject({ type: z.literal('application:outcome'), id: RecordId, outcome: Outcome.nullable() }),
  z
    .strictObject({
      type: z.literal('application:edit'),
      id: RecordId,
      notes: Notes.optional(),
      tags: z.array(Tag).max(50).optional(),
      payNoted: z.string().max(MAX_PAY_NOTED).optional(),
    })
    .refine(someField(['notes', 'tags', 'payNoted']), 'Nothing to change: give notes, tags or payNoted.'),
  z.strictObject({ type: z.literal('application:delete'), id: RecordId }),
  z.strictObject({ type: z.literal('applications:stage'), ids: Ids, stage: Stage }),
  z.strictObject({ type: z.literal('applications:delete'), ids: Ids }),
  z.strictObject({ type: z.literal('applications:restore'), batch: RecordId }),
  z.strictObject({ type: z.literal('platform:create'), name: z.string().trim().min(1).max(MAX_NAME) }),
  z.strictObject({ type: z.literal('platform:stage'), id: RecordId, stage: Stage }),
  z.strictObject({ type: z.literal('platform:outcome'), id: RecordId, outcome: Outcome.nullable() }),
  z
    .strictObject({
      type: z.literal('platform:edit'),
      id: RecordId,
      name: z.string().trim().min(1).max(MAX_NAME).optional(),
      notes: Notes.optional(),
      unpaidHours: z.number().min(0).max(MAX_UNPAID_HOURS).optional(),
    })
    .refine(
      someField(['name', 'notes', 'unpaidHours']),
      'Nothing to change: give name, notes or unpaidHours.',
    ),
  z.strictObject({
    type: z.literal('platform:requirement'),
    id: RecordId,
    requirement: z.strictObject(Requirement.shape),
  }),
  z.strictObject({
    type: z.literal('platform:requirement-remove'),
    id: RecordId,
    requirement: RequirementId,
    label: z.string().max(MAX_NAME).optional(),
  }),
] as const;

export const LogCommand = z.discriminatedUnion('type', LOG_COMMANDS);
export type LogCommand = z.infer<typeof LogCommand>;

const LOG_COMMAND_TYPES = new Set<string>(LOG_COMMANDS.map((c) => c.shape.type.value));

export function isLogCommand(message: { type: string }): message is LogCommand {
  return LOG_COMMAND_TYPES.has(message.type);
}
