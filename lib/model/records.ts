import { z } from 'zod';
import { Analysis } from '../analysis/types';
import { Listing } from './listing';
import { Outcome, Stage } from './stages';

const IsoDate = z.iso.datetime({ offset: true });

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
] as const;
export const RequirementId = z.enum(REQUIREMENT_IDS);
export type RequirementId = z.infer<typeof RequirementId>;

export const Requirement = z.object({
  id: RequirementId,
  done: z.boolean(),
  date: IsoDate.optional(),
});
export type Requirement = z.infer<typeof Requirement>;

export const PlatformRecord = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
  stage: Stage,
  outcome: Outcome.optional(),
  stageDates: StageDates,
  requirements: z.array(Requirement).max(50),
  unpaidHours: z.number().min(0).max(10_000),
  notes: z.string().max(20_000),
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
  outcome: Outcome.optional(),
  stageDates: StageDates,
  payNoted: z.string().max(500),
  notes: z.string().max(20_000),
  tags: z.array(z.string().max(64)).max(50),
  createdAt: IsoDate,
  updatedAt: IsoDate,
});
export type ApplicationRecord = z.infer<typeof ApplicationRecord>;

export const EVENT_KINDS = [
  'created',
  'stage',
  'outcome',
  'edit',
  'deleted',
  'restored',
  'imported',
] as const;
export const EventKind = z.enum(EVENT_KINDS);

/** Append-only history: every stage change and edit, so nothing is ever overwritten. */
export const EventRecord = z.object({
  id: z.string().min(1).max(64),
  /** `application` or `platform`. */
  subject: z.enum(['application', 'platform']),
  subjectId: z.string().min(1).max(512),
  kind: EventKind,
  from: z.string().max(200).optional(),
  to: z.string().max(200).optional(),
  detail: z.string().max(2000).optional(),
  at: IsoDate,
});
export type EventRecord = z.infer<typeof EventRecord>;
