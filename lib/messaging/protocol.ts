import { z } from 'zod';
import { ListingReading } from '../analysis/reading';
import { Listing } from '../model/listing';
import { ApplicationRecord, PlatformRecord } from '../model/records';
import type { CommandRequest, CommandsOf } from './commands';

// Messages the background sends, and the reply envelope. What it accepts is in commands.ts.

export { WrongPart } from './commands';

/** What a content script may send, as a union discriminated by `type`. */
export type ContentMessage = { [N in CommandsOf<'content'>]: CommandRequest<N> }[CommandsOf<'content'>];

const Session = z.string().regex(/^[0-9a-f-]{36}$/);

/** Pushed by the background to a panel over its port: the listing and what the log knows of it. */
export const PanelPush = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('panel:state'),
    listing: Listing.nullable(),
    /** The analysis and platform of `listing`, worked out in the background. */
    reading: ListingReading.nullable(),
    application: ApplicationRecord.nullable(),
    platform: PlatformRecord.nullable(),
  }),
]);
export type PanelPush = z.infer<typeof PanelPush>;

/** The first message a panel sends on its port, naming the session its content script opened. */
export const PanelHello = z.strictObject({ type: z.literal('panel:hello'), session: Session });

/** Sent by the background to the content script of a tab. */
export const ToContentMessage = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('panel:layout'),
    collapsed: z.boolean(),
    side: z.enum(['left', 'right']),
    remember: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('panel:highlight'),
    snippet: z.string(),
  }),
]);
export type ToContentMessage = z.infer<typeof ToContentMessage>;

export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: string };

export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(message)'}: ${issue.message}`)
    .join('; ');
}
