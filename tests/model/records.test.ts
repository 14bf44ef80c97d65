import { describe, expect, it } from 'vitest';
import { normaliseTags } from '@/lib/db/migrations';
import {
  ApplicationRecord,
  EventRecord,
  PlatformRecord,
  Requirement,
  requirementKey,
} from '@/lib/model/records';

const at = '2025-03-01T10:00:00.000Z';

describe('record schemas', () => {
  it('accept a minimal platform and refuse a negative number of unpaid hours', () => {
    const platform = {
      id: 'outlier',
      name: 'Outlier',
      stage: 'found',
      stageSince: at,
      stageDates: { found: at },
      requirements: [],
      unpaidHours: 0,
      notes: '',
      createdAt: at,
      updatedAt: at,
    };
    expect(PlatformRecord.safeParse(platform).success).toBe(true);
    expect(PlatformRecord.safeParse({ ...platform, unpaidHours: -1 }).success).toBe(false);
    expect(PlatformRecord.safeParse({ ...platform, stage: 'hired' }).success).toBe(false);
    expect(PlatformRecord.safeParse({ ...platform, stageSince: undefined }).success).toBe(false);
  });

  it('date requirements by calendar day', () => {
    expect(Requirement.safeParse({ id: 'nda', done: true, doneOn: '2025-03-01' }).success).toBe(true);
    expect(Requirement.safeParse({ id: 'nda', done: true, doneOn: at }).success).toBe(false);
    expect(requirementKey({ id: 'other', label: ' Tax Form ' })).toBe('other:tax form');
    expect(requirementKey({ id: 'nda', label: 'ignored' })).toBe('nda');
  });

  it('keep events short and typed', () => {
    const e = { id: 'e', subject: 'application', subjectId: 'a', kind: 'stage', at };
    expect(EventRecord.safeParse(e).success).toBe(true);
    expect(EventRecord.safeParse({ ...e, kind: 'rewrite' }).success).toBe(false);
    expect(EventRecord.safeParse({ ...e, to: 'x'.repeat(201) }).success).toBe(false);
  });

  it('refuse applications without the fields version 2 requires', () => {
    expect(ApplicationRecord.safeParse({ id: 'a' }).success).toBe(false);
  });

  it('normalise tags: trimmed, unique regardless of case, first spelling kept', () => {
    expect(normaliseTags([' Bio', 'bio', '', 'x'.repeat(70), 'Urgent'])).toEqual([
      'Bio',
      'x'.repeat(64),
      'Urgent',
    ]);
  });
});
