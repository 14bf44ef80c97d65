/**
 * Schema version 1, frozen: the stores and record shapes the first release wrote. Upgrades and
 * imports of old files read these; never change them.
 */
export const STORES_V1 = {
  platforms: 'id, stage, updatedAt',
  applications: 'id, &listingKey, platformId, stage, createdAt, updatedAt',
  events: 'id, [subject+subjectId], at',
} as const;

export interface RequirementV1 {
  id: string;
  done: boolean;
  /** An ISO date-time; whether it meant "asked" or "done" was never said, so `done` decides. */
  date?: string;
}

export interface PlatformV1 {
  id: string;
  name: string;
  stage: string;
  outcome?: string;
  stageDates: Record<string, string>;
  requirements: RequirementV1[];
  unpaidHours: number;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export interface ApplicationV1 {
  id: string;
  listingKey: string;
  platformId: string;
  listing: Record<string, unknown>;
  analysis?: unknown;
  stage: string;
  outcome?: string;
  stageDates: Record<string, string>;
  payNoted: string;
  notes: string;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}
