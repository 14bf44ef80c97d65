import { z } from 'zod';
import { Analysis, RiskLevel, TaskTypeId } from './analysis';
import { MAX_NAME, MAX_NOTES, MAX_PAY_NOTED, MAX_UNPAID_HOURS } from './limits';
import { Listing } from './listing';
import { Outcome, Stage } from './stage-schema';

/**
 * The version of the records' shape, which is also the export file's `schemaVersion`. Bump it
 * together with a pure upgrade function in lib/db/migrations.ts, a Dexie upgrade in
 * lib/db/database.ts and a step in lib/transfer/upgrade.ts. (The database's own version can move
 * without it when only how records are stored changes.)
 */
export const SCHEMA_VERSION = 2;

const IsoDate = z.iso.datetime({ offset: true });
/** A calendar day the user picks ("I signed the NDA on 12 Nov"), `YYYY-MM-DD`. */
export const CalendarDay = z.iso.date();

/** Dates a stage was first reached, keyed by stage. */
export const StageDates = z.partialRecord(Stage, IsoDate);

export const REQUIREMENT_IDS = [
  'profile',
  'id_check',
  'phone_check',
  'payment_setup',
  'nda',
  'contractor_terms',
  'cv',
  'credentials',
  'device',
  'questionnaire',
  'assessment',
  'eligibility',
  'availability',
  'other',
] as const;
export const RequirementId = z.enum(REQUIREMENT_IDS);
export type RequirementId = z.infer<typeof RequirementId>;

export const REQUIREMENT_LABELS: Record<RequirementId, string> = {
  profile: 'Profile, skills and work history',
  id_check: 'ID verification',
  phone_check: 'Phone verification',
  payment_setup: 'Payment setup',
  nda: 'NDA / confidentiality',
  contractor_terms: 'Contractor terms',
  cv: 'CV, LinkedIn or portfolio',
  credentials: 'Credentials or degree proof',
  device: 'Device or equipment',
  questionnaire: 'Project questionnaire',
  assessment: 'Assessment or qualification test',
  eligibility: 'Language or location eligibility',
  availability: 'Availability',
  other: 'Other',
};

/** Something a platform asked for, and when it was asked for and done. */
export const Requirement = z.object({
  id: RequirementId,
  /** The user's own name for it; required for `other`, which may appear more than once. */
  label: z.string().max(MAX_NAME).optional(),
  done: z.boolean(),
  askedOn: CalendarDay.optional(),
  doneOn: CalendarDay.optional(),
  note: z.string().max(2000).optional(),
});
export type Requirement = z.infer<typeof Requirement>;

/** Requirements are unique by id, except `other`, which is unique by its label. */
export function requirementKey(r: Pick<Requirement, 'id' | 'label'>): string {
  return r.id === 'other' ? `other:${(r.label ?? '').trim().toLowerCase()}` : r.id;
}

/** What a requirement is called: its own label for `other`, the usual name otherwise. */
export function requirementName(r: Pick<Requirement, 'id' | 'label'>): string {
  return r.id === 'other' ? r.label || 'Other' : REQUIREMENT_LABELS[r.id];
}

export const Tag = z.string().trim().min(1).max(64);

export const PlatformRecord = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(MAX_NAME),
  stage: Stage,
  /** When the current stage was entered (v2). */
  stageSince: IsoDate,
  outcome: Outcome.optional(),
  outcomeAt: IsoDate.optional(),
  stageDates: StageDates,
  requirements: z.array(Requirement).max(50),
  unpaidHours: z.number().min(0).max(MAX_UNPAID_HOURS),
  notes: z.string().max(MAX_NOTES),
  createdAt: IsoDate,
  updatedAt: IsoDate,
});
export type PlatformRecord = z.infer<typeof PlatformRecord>;

export const ApplicationRecord = z.object({
  id: z.string().min(1).max(64),
  listingKey: z.string().min(1).max(512),
  platformId: z.string().min(1).max(64),
  listing: Listing,
  analysis: Analysis.optional(),
  stage: Stage,
  /** When the current stage was entered (v2); "in Screening since 12 Nov". */
  stageSince: IsoDate,
  outcome: Outcome.optional(),
  outcomeAt: IsoDate.optional(),
  stageDates: StageDates,
  payNoted: z.string().max(MAX_PAY_NOTED),
  notes: z.string().max(MAX_NOTES),
  tags: z.array(Tag).max(50),
  createdAt: IsoDate,
  updatedAt: IsoDate,
});
export type ApplicationRecord = z.infer<typeof ApplicationRecord>;

export const EVENT_KINDS = [
  'created',
  'stage',
  'outcome',
  'edit',
  'requirement',
  'deleted',
  'restored',
  'imported',
] as const;
export const EventKind = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKind>;

/** Append-only history: every stage change and edit, so nothing is ever overwritten. */
export const EventRecord = z.object({
  id: z.string().min(1).max(64),
  /** `application` or `platform`. */
  subject: z.enum(['application', 'platform']),
  subjectId: z.string().min(1).max(512),
  kind: EventKind,
  from: z.string().max(200).optional(),
  to: z.string().max(200).optional(),
  /** Which field an edit touched (`notes`, `tags`…), or a short description. */
  detail: z.string().max(2000).optional(),
  at: IsoDate,
});
export type EventRecord = z.infer<typeof EventRecord>;

/** One application's or platform's events, oldest first (how the database stores them, v3). */
export interface HistoryRecord {
  /** `${subject}:${subjectId}`, see historyKey in lib/db/history.ts. */
  id: string;
  subject: EventRecord['subject'];
  subjectId: string;
  events: EventRecord[];
}

/**
 * The applications whose ids hash to `id` (see lib/db/applications.ts), with their listing keys
 * beside them for the unique multi-entry index that finds an application by its listing.
 */
export interface ApplicationBucket {
  id: number;
  listingKeys: string[];
  applications: ApplicationRecord[];
}

/** The histories of the subjects whose keys hash to `id` (see lib/db/history.ts). */
export interface HistoryBucket {
  id: number;
  histories: HistoryRecord[];
}

/**
 * A deleted application, kept so the deletion can be undone (v2). Applications deleted together
 * share a batch, so one undo brings them all back. Purged after TRASH_DAYS.
 */
export const TrashRecord = z.object({
  id: z.string().min(1).max(64),
  batch: z.string().min(1).max(64),
  application: ApplicationRecord,
  deletedAt: IsoDate,
});
export type TrashRecord = z.infer<typeof TrashRecord>;

export const TRASH_DAYS = 30;

/**
 * A small copy of an application's listable fields (v2), kept in step with it in the same
 * transaction, so the dashboard can list 10,000 applications without reading their full text.
 */
export const ApplicationSummary = z.object({
  id: z.string().min(1).max(64),
  title: z.string().max(1000),
  company: z.string().max(500),
  url: z.string().max(4096),
  platformId: z.string().min(1).max(64),
  stage: Stage,
  stageSince: IsoDate,
  stageDates: StageDates,
  outcome: Outcome.optional(),
  outcomeAt: IsoDate.optional(),
  risk: RiskLevel.optional(),
  taskTypes: z.array(TaskTypeId),
  payNoted: z.string().max(MAX_PAY_NOTED),
  tags: z.array(Tag).max(50),
  notes: z.string().max(MAX_NOTES),
  createdAt: IsoDate,
  updatedAt: IsoDate,
});
export type ApplicationSummary = z.infer<typeof ApplicationSummary>;

/** The summaries of the applications whose ids hash to `id` (see lib/db/buckets.ts). */
export interface SummaryBucket {
  id: number;
  summaries: ApplicationSummary[];
}
