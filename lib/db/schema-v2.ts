/**
 * Schema version 2's stores, frozen: the v3 upgrade reads its `events` and `summaries` before v4
 * deletes them, and tests write a version 2 database with them. Never change them.
 */
export const STORES_V2 = {
  platforms: 'id, stage, outcome, updatedAt',
  applications: 'id, &listingKey, platformId, stage, outcome, createdAt, updatedAt, *tags',
  events: 'id, [subject+subjectId], at, kind',
  trash: 'id, batch, deletedAt',
  summaries: 'id, updatedAt',
} as const;
