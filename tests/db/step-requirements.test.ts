import { describe, expect, it } from 'vitest';
import type { TaskLensDb } from '@/lib/db/database';
import { flattenBuckets } from '@/lib/db/history';
import { putRequirement } from '@/lib/db/platform-edits';
import { saveListing } from '@/lib/db/save-listing';
import { requirementsFromSteps } from '@/lib/db/step-requirements';
import { PlatformRecord } from '@/lib/model/records';
import { makeListing, useFreshDb } from './fixtures';

let db: TaskLensDb;
useFreshDb((fresh) => (db = fresh));

const steps = [
  'Resume',
  'Domain Expert Interview',
  'Skills questionnaire',
  'Work Authorization',
  'Sample task review',
];

describe('a listing’s steps as its platform’s checklist', () => {
  it('names each step in the log’s terms, keeping unknown ones under their own name', () => {
    expect(requirementsFromSteps(steps, '2026-12-07')).toEqual([
      { id: 'cv', done: false, askedOn: '2026-12-07' },
      { id: 'assessment', done: false, askedOn: '2026-12-07' },
      { id: 'questionnaire', done: false, askedOn: '2026-12-07' },
      { id: 'eligibility', done: false, askedOn: '2026-12-07' },
      { id: 'other', done: false, askedOn: '2026-12-07', label: 'Sample task review' },
    ]);
  });

  it('adds them when the listing is saved, with an event each, and keeps what the user ticked', async () => {
    const listing = makeListing('mercor-1', { steps });
    const saved = await saveListing(db, { listing, stage: 'applied', notes: '' });
    const platform = await db.platforms.get(saved.platformId);
    expect(platform?.requirements.map((r) => r.id)).toEqual([
      'cv',
      'assessment',
      'questionnaire',
      'eligibility',
      'other',
    ]);
    expect(PlatformRecord.safeParse(platform).success).toBe(true);
    const events = flattenBuckets(await db.historyBuckets.toArray()).filter((e) => e.kind === 'requirement');
    expect(events).toHaveLength(5);

    await putRequirement(db, saved.platformId, {
      id: 'cv',
      done: true,
      askedOn: '2026-12-01',
      doneOn: '2026-12-02',
    });
    await saveListing(db, { listing, stage: 'screening', notes: '' });
    const again = await db.platforms.get(saved.platformId);
    expect(again?.requirements).toHaveLength(5);
    expect(again?.requirements.find((r) => r.id === 'cv')).toMatchObject({
      done: true,
      doneOn: '2026-12-02',
    });
  });

  it('adds nothing for a listing without steps', async () => {
    const saved = await saveListing(db, { listing: makeListing('plain'), stage: 'found', notes: '' });
    expect((await db.platforms.get(saved.platformId))?.requirements).toEqual([]);
  });
});
