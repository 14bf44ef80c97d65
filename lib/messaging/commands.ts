import { z } from 'zod';
import type { ApplicationRecord, PlatformRecord } from '../model/records';
import { Listing } from '../model/listing';
import { Requirement, RequirementId, Tag } from '../model/records';
import { Outcome, Stage } from '../model/stage-schema';
import {
  MAX_IDS_PER_COMMAND,
  MAX_NAME,
  MAX_NOTES,
  MAX_PAY_NOTED,
  MAX_REPORT_NOTE,
  MAX_UNPAID_HOURS,
} from '../model/limits';
import { MAX_IMPORT_FILES, MAX_MESSAGE_PART_CHARS, MAX_MESSAGE_PARTS } from '../transfer/file-format';
import type { ImportReply } from '../transfer/import-reply';
import { ImportMode } from '../transfer/payload';
import { WIPE_CONFIRMATION, type WipeSummary } from '../transfer/wipe';
import { WRONG_PARTS } from './wrong-parts';

/**
 * Every message the background accepts, in one place. Each entry names who may send it (its
 * tier), the request's schema and the type of its reply. The background's router, the tier check
 * and the senders' `send()` types are all derived from this table, so a command added here must
 * get a handler (entrypoints/background/command-handlers.ts) before the extension compiles, and a
 * caller expecting the wrong reply does not compile either.
 *
 * Schemas are strict: an unknown field or type is refused and changes nothing.
 */

/**
 * Who sent a message, decided once from the sender (see trust.ts). Content scripts run inside web
 * pages, so they are only as trustworthy as the page; the panel frame is an extension page embedded
 * in a web page's tab; the extension's own pages (dashboard, popup) may change the whole log.
 */
export type Tier = 'content' | 'panel' | 'page';

/** Reply types exist only for the compiler; this symbol is never set at run time. */
declare const REPLY: unique symbol;

export interface CommandDefinition<T extends Tier, S extends z.ZodType, R> {
  readonly tier: T;
  readonly request: S;
  readonly [REPLY]?: R;
}

/** `command<Reply>()(tier, schema)`: the reply type is given first, as it cannot be inferred. */
function command<R>() {
  return <T extends Tier, S extends z.ZodType>(tier: T, request: S): CommandDefinition<T, S, R> => ({
    tier,
    request,
  });
}

const Session = z.string().regex(/^[0-9a-f-]{36}$/);
const RecordId = z.string().min(1).max(64);
const Ids = z.array(RecordId).min(1).max(MAX_IDS_PER_COMMAND);
const Notes = z.string().max(MAX_NOTES);
const ImportId = z.uuid();
const FileName = z.string().max(1000);
const FileIndex = z
  .number()
  .int()
  .min(0)
  .max(MAX_IMPORT_FILES - 1);

/** At least one field besides `type` and `id` must be present, or the edit would say nothing. */
function someField(fields: readonly string[]) {
  return (m: Record<string, unknown>) => fields.some((f) => m[f] !== undefined);
}

/** Which part of the panel's reading a "this is wrong" report is about. */
export const WrongPart = z.enum(WRONG_PARTS);
export type WrongPart = z.infer<typeof WrongPart>;

export const COMMANDS = {
  // Content scripts: what the page shows. A listing must belong to the sending tab's URL.
  'listing:found': command<null>()(
    'content',
    z.strictObject({ type: z.literal('listing:found'), session: Session, listing: Listing }),
  ),
  'listing:gone': command<null>()(
    'content',
    z.strictObject({ type: z.literal('listing:gone'), session: Session }),
  ),

  // The panel frame: acts on the listing its tab's session holds, never on one it names.
  'application:save': command<ApplicationRecord>()(
    'panel',
    z.strictObject({
      type: z.literal('application:save'),
      session: Session,
      stage: Stage,
      notes: Notes,
    }),
  ),
  'panel:layout': command<null>()(
    'panel',
    z.strictObject({
      type: z.literal('panel:layout'),
      session: Session,
      collapsed: z.boolean(),
      side: z.enum(['left', 'right']),
      /** False for a layout the panel chose itself (collapsed on a job that is not AI work): not stored. */
      remember: z.boolean().optional(),
    }),
  ),
  /** Answers how many reports the local list holds now. */
  'report:wrong': command<number>()(
    'panel',
    z.strictObject({
      type: z.literal('report:wrong'),
      session: Session,
      part: WrongPart,
      note: z.string().max(MAX_REPORT_NOTE),
    }),
  ),
  /** Answers whether the evidence was found in the page. */
  'panel:highlight': command<boolean>()(
    'panel',
    z.strictObject({ type: z.literal('panel:highlight'), session: Session, snippet: z.string().max(2000) }),
  ),

  // The extension's own pages: changes to the log. Each runs in one transaction.
  'application:stage': command<ApplicationRecord>()(
    'page',
    z.strictObject({ type: z.literal('application:stage'), id: RecordId, stage: Stage }),
  ),
  'application:outcome': command<ApplicationRecord>()(
    'page',
    z.strictObject({ type: z.literal('application:outcome'), id: RecordId, outcome: Outcome.nullable() }),
  ),
  'application:edit': command<ApplicationRecord>()(
    'page',
    z
      .strictObject({
        type: z.literal('application:edit'),
        id: RecordId,
        notes: Notes.optional(),
        tags: z.array(Tag).max(50).optional(),
        payNoted: z.string().max(MAX_PAY_NOTED).optional(),
      })
      .refine(someField(['notes', 'tags', 'payNoted']), 'Nothing to change: give notes, tags or payNoted.'),
  ),
  /** Answers the batch that `applications:restore` takes to undo it. */
  'application:delete': command<{ batch: string; count: number }>()(
    'page',
    z.strictObject({ type: z.literal('application:delete'), id: RecordId }),
  ),
  'applications:stage': command<ApplicationRecord[]>()(
    'page',
    z.strictObject({ type: z.literal('applications:stage'), ids: Ids, stage: Stage }),
  ),
  'applications:delete': command<{ batch: string; count: number }>()(
    'page',
    z.strictObject({ type: z.literal('applications:delete'), ids: Ids }),
  ),
  'applications:restore': command<{ restored: number; skipped: number }>()(
    'page',
    z.strictObject({ type: z.literal('applications:restore'), batch: RecordId }),
  ),
  'platform:create': command<PlatformRecord>()(
    'page',
    z.strictObject({ type: z.literal('platform:create'), name: z.string().trim().min(1).max(MAX_NAME) }),
  ),
  'platform:stage': command<PlatformRecord>()(
    'page',
    z.strictObject({ type: z.literal('platform:stage'), id: RecordId, stage: Stage }),
  ),
  'platform:outcome': command<PlatformRecord>()(
    'page',
    z.strictObject({ type: z.literal('platform:outcome'), id: RecordId, outcome: Outcome.nullable() }),
  ),
  'platform:edit': command<PlatformRecord>()(
    'page',
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
  ),
  'platform:requirement': command<PlatformRecord>()(
    'page',
    z.strictObject({
      type: z.literal('platform:requirement'),
      id: RecordId,
      requirement: z.strictObject(Requirement.shape),
    }),
  ),
  'platform:requirement-remove': command<PlatformRecord>()(
    'page',
    z.strictObject({
      type: z.literal('platform:requirement-remove'),
      id: RecordId,
      requirement: RequirementId,
      label: z.string().max(MAX_NAME).optional(),
    }),
  ),

  // Import and wipe, from the extension's own pages. An import names its files by `blob:` URLs
  // the page made for them, which the background fetches itself (a runtime message would
  // serialise every byte); where it cannot, the files' text travels in parts (see
  // lib/transfer/text-parts.ts). The background reads and checks every record, keeps the result
  // and answers with a preview (or, with `apply`, writes it); `import:preview` and
  // `import:apply` then work on what it kept, and `import:discard` lets it go.
  'import:files': command<ImportReply>()(
    'page',
    z.strictObject({
      type: z.literal('import:files'),
      importId: ImportId,
      files: z
        .array(z.strictObject({ name: FileName, url: z.string().startsWith('blob:').max(500) }))
        .min(1)
        .max(MAX_IMPORT_FILES),
      mode: ImportMode,
      apply: z.boolean(),
    }),
  ),
  'import:part': command<ImportReply>()(
    'page',
    z.strictObject({
      type: z.literal('import:part'),
      importId: ImportId,
      part: z
        .number()
        .int()
        .min(0)
        .max(MAX_MESSAGE_PARTS - 1),
      parts: z.number().int().min(1).max(MAX_MESSAGE_PARTS),
      names: z.array(FileName).max(MAX_IMPORT_FILES),
      chunks: z
        .array(z.strictObject({ file: FileIndex, text: z.string().max(MAX_MESSAGE_PART_CHARS) }))
        .max(MAX_IMPORT_FILES),
      mode: ImportMode,
      apply: z.boolean(),
    }),
  ),
  'import:preview': command<ImportReply>()(
    'page',
    z.strictObject({ type: z.literal('import:preview'), importId: ImportId, mode: ImportMode }),
  ),
  'import:apply': command<ImportReply>()(
    'page',
    z.strictObject({ type: z.literal('import:apply'), importId: ImportId, mode: ImportMode }),
  ),
  'import:discard': command<null>()(
    'page',
    z.strictObject({ type: z.literal('import:discard'), importId: ImportId }),
  ),
  /** Carries a fixed phrase, so that no stray or mistaken message empties the log. */
  'db:wipe': command<WipeSummary>()(
    'page',
    z.strictObject({ type: z.literal('db:wipe'), confirm: z.literal(WIPE_CONFIRMATION) }),
  ),

  // "Analyze this page" from the popup; works on any site through activeTab.
  'tab:analyze': command<null>()(
    'page',
    z.strictObject({
      type: z.literal('tab:analyze'),
      tabId: z.number().int().nonnegative(),
      mode: z.enum(['page', 'selection']),
    }),
  ),
} satisfies { [N in string]: CommandDefinition<Tier, z.ZodType<{ type: N }>, unknown> };

type Commands = typeof COMMANDS;
export type CommandName = keyof Commands;

/** What a sender writes (before defaults and trimming). */
export type CommandInput<N extends CommandName> = z.input<Commands[N]['request']>;
/** What a handler receives, validated. */
export type CommandRequest<N extends CommandName> = z.output<Commands[N]['request']>;
export type CommandReply<N extends CommandName> =
  Commands[N] extends CommandDefinition<Tier, z.ZodType, infer R> ? R : never;
export type TierOf<N extends CommandName> = Commands[N]['tier'];

/** The names a tier may send. */
export type CommandsOf<T extends Tier> = { [N in CommandName]: TierOf<N> extends T ? N : never }[CommandName];

/** Any request a tier may send, as a union discriminated by `type`. */
export type InputOf<T extends Tier> = { [N in CommandsOf<T>]: CommandInput<N> }[CommandsOf<T>];
export type AnyCommandInput = InputOf<Tier>;

/** The requests whose reply is `R`: lets a caller state the reply it expects and be checked. */
export type InputReplying<R> = {
  [N in CommandName]: [CommandReply<N>] extends [R] ? CommandInput<N> : never;
}[CommandName];

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

export function isCommandName(type: unknown): type is CommandName {
  return typeof type === 'string' && Object.hasOwn(COMMANDS, type);
}

/**
 * What the background must provide: one handler per command, answering that command's reply
 * type. `C` is what the router passes along (the database, the sender…).
 */
export type CommandHandlers<C> = {
  [N in CommandName]: (request: CommandRequest<N>, context: C) => CommandReply<N> | Promise<CommandReply<N>>;
};
