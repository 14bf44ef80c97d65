import type { ApplicationRecord, EventRecord, PlatformRecord } from '@/lib/model/records';
import { makeListing } from '../db/fixtures';

export const T0 = '2026-01-01T00:00:00.000Z';
export const T1 = '2026-02-01T00:00:00.000Z';
export const T2 = '2026-03-01T00:00:00.000Z';

export function sampleApplication(
  key: string,
  overrides: Partial<ApplicationRecord> = {},
): ApplicationRecord {
  return {
    id: `app-${key}`,
    listingKey: `outlier:${key}`,
    platformId: 'outlier',
    listing: makeListing(key),
    stage: 'applied',
    stageSince: T0,
    stageDates: { found: T0, applied: T0 },
    payNoted: '$20/h',
    notes: '',
    tags: [],
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function samplePlatform(overrides: Partial<PlatformRecord> = {}): PlatformRecord {
  return {
    id: 'outlier',
    name: 'Outlier',
    stage: 'applied',
    stageSince: T0,
    stageDates: { found: T0, applied: T0 },
    requirements: [],
    unpaidHours: 0,
    notes: '',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function sampleEvent(
  id: string,
  subjectId: string,
  at = T0,
  overrides: Partial<EventRecord> = {},
): EventRecord {
  return {
    id,
    subject: 'application',
    subjectId,
    kind: 'stage',
    from: 'found',
    to: 'applied',
    at,
    ...overrides,
  };
}
