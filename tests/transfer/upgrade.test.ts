import { describe, expect, it } from 'vitest';
import { ApplicationRecord, PlatformRecord } from '@/lib/model/records';
import { EXPORT_FORMAT } from '@/lib/transfer/file-format';
import { readImportFile } from '@/lib/transfer/read-file';
import { upgradeDocument } from '@/lib/transfer/upgrade';
import { fileOf } from './helpers';

/** A backup as the first schema wrote it, by hand: no stage-since, undated requirements, untidy tags. */
const v1File = {
  format: EXPORT_FORMAT,
  schemaVersion: 1,
  exportedAt: '2025-06-01T00:00:00.000Z',
  platforms: [
    {
      id: 'outlier',
      name: 'Outlier',
      stage: 'screening',
      outcome: 'waitlisted',
      stageDates: { found: '2025-01-01T00:00:00.000Z', screening: '2025-01-05T00:00:00.000Z' },
      requirements: [
        { id: 'nda', done: true, date: '2025-01-03T10:00:00.000Z' },
        { id: 'pet_photo', done: false },
      ],
      unpaidHours: 3,
      notes: 'Waitlist after the test',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-06T00:00:00.000Z',
    },
  ],
  applications: [
    {
      id: 'app-1',
      listingKey: 'outlier:bio',
      platformId: 'outlier',
      listing: {
        siteId: 'outlier',
        url: 'https://app.outlier.ai/x/bio',
        canonicalUrl: 'https://app.outlier.ai/x/bio',
        listingKey: 'outlier:bio',
        title: 'Biology expert',
        company: 'Outlier',
        description: 'Review answers.',
        source: 'adapter',
      },
      stage: 'screening',
      stageDates: { found: '2025-01-01T00:00:00.000Z', screening: '2025-01-05T00:00:00.000Z' },
      payNoted: '$40/h',
      notes: '=1+1 is not a formula',
      tags: [' bio', 'Bio', '', 'remote '],
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-05T00:00:00.000Z',
    },
  ],
  events: [
    {
      id: 'e1',
      subject: 'application',
      subjectId: 'app-1',
      kind: 'stage',
      from: 'found',
      to: 'screening',
      at: '2025-01-05T00:00:00.000Z',
    },
  ],
};

describe('files from an older schema are upgraded', () => {
  it('a version 1 backup reads as current records, nothing lost', async () => {
    const read = await readImportFile(fileOf('old.json', JSON.stringify(v1File)));
    const [app] = read.payload.applications;
    expect(ApplicationRecord.parse(app)).toEqual(app);
    expect(app.stageSince).toBe('2025-01-05T00:00:00.000Z');
    expect(app.tags).toEqual(['bio', 'remote']);
    expect(app.notes).toBe('=1+1 is not a formula');
    const [platform] = read.payload.platforms;
    expect(PlatformRecord.parse(platform)).toEqual(platform);
    expect(platform.outcomeAt).toBe('2025-01-06T00:00:00.000Z');
    expect(platform.requirements).toEqual([
      { id: 'nda', done: true, doneOn: '2025-01-03' },
      { id: 'other', label: 'pet_photo', done: false },
    ]);
    expect(read.payload.events).toEqual(v1File.events);
  });

  it('a broken record in an old file is named after the upgrade instead of failing it', async () => {
    const broken = { ...v1File, applications: [{ ...v1File.applications[0], tags: 'not a list' }] };
    await expect(readImportFile(fileOf('old.json', JSON.stringify(broken)))).rejects.toThrow(
      /applications\[0\] \(listing key "outlier:bio"\), field (tags|stageSince)/,
    );
  });

  it('runs every step in order and refuses a version it has no step for', () => {
    const steps = {
      1: (d: Record<string, unknown>) => ({ ...d, trail: ['1→2'] }),
      2: (d: Record<string, unknown>) => ({ ...d, trail: [...(d.trail as string[]), '2→3'] }),
    };
    const doc = upgradeDocument({ format: EXPORT_FORMAT, schemaVersion: 1 }, 'f', 3, steps);
    expect(doc).toMatchObject({ schemaVersion: 3, trail: ['1→2', '2→3'] });
    expect(() =>
      upgradeDocument({ format: EXPORT_FORMAT, schemaVersion: 1 }, 'f', 3, { 2: steps[2] }),
    ).toThrow(/cannot upgrade/);
    expect(() => upgradeDocument({ format: EXPORT_FORMAT, schemaVersion: 1.5 }, 'f', 3, steps)).toThrow(
      /schemaVersion/,
    );
  });
});
