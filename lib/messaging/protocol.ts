import { z } from 'zod';
import { WRONG_PARTS } from './wrong-parts';
import { ListingReading } from '../analysis/reading';
import { Listing } from '../model/listing';
import { ApplicationRecord, PlatformRecord } from '../model/records';
import { Stage } from '../model/stage-schema';
import { LOG_COMMANDS } from '../db/log-command-schema';
import { TRANSFER_COMMANDS } from '../transfer/commands';
import { MAX_NOTES, MAX_REPORT_NOTE } from '../model/limits';

/**
 * Every message the background accepts, by who may send it. Schemas are strict:
 * an unknown field or type is rejected and changes nothing.
 */
const Session = z.string().regex(/^[0-9a-f-]{36}$/);

// Sent by content scripts, which run inside web pages and so are only as trustworthy as the page.
export const ContentMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('listing:found'), session: Session, listing: Listing }),
  z.strictObject({ type: z.literal('listing:gone'), session: Session }),
]);
export type ContentMessage = z.infer<typeof ContentMessage>;

/** Which part of the panel's reading a "this is wrong" report is about. */
export const WrongPart = z.enum(WRONG_PARTS);
export type WrongPart = z.infer<typeof WrongPart>;

// Sent by the panel frame: an extension page, but one embedded in a web page's tab.
export const PanelMessage = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('application:save'),
    session: Session,
    stage: Stage,
    notes: z.string().max(MAX_NOTES),
  }),
  z.strictObject({
    type: z.literal('panel:layout'),
    session: Session,
    collapsed: z.boolean(),
    side: z.enum(['left', 'right']),
    /** False for a layout the panel chose itself (collapsed on a job that is not AI work): not stored. */
    remember: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('report:wrong'),
    session: Session,
    part: WrongPart,
    note: z.string().max(MAX_REPORT_NOTE),
  }),
  z.strictObject({
    type: z.literal('panel:highlight'),
    session: Session,
    snippet: z.string().max(2000),
  }),
]);
export type PanelMessage = z.infer<typeof PanelMessage>;

// Sent only by the extension's own pages (dashboard, popup, options).
export const PageMessage = z.discriminatedUnion('type', [
  // Stage, outcome, edits, delete and undo, platform onboarding: see lib/db/log-command-schema.ts.
  ...LOG_COMMANDS,
  // Import (in parts) and wiping the log: see lib/transfer/commands.ts.
  ...TRANSFER_COMMANDS,
  z.strictObject({
    type: z.literal('tab:analyze'),
    tabId: z.number().int().nonnegative(),
    mode: z.enum(['page', 'selection']),
  }),
]);
export type PageMessage = z.infer<typeof PageMessage>;

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

/** The first message a panel sends on its port, naming the session its content script opened. */
export const PanelHello = z.strictObject({ type: z.literal('panel:hello'), session: Session });
export type PanelPush = z.infer<typeof PanelPush>;

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
