import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, TaskLensDb } from '@/lib/db/database';
import { countEvents, eventsOf, mergeIntoBuckets } from '@/lib/db/history';
import { upgradeApplication1to2 } from '@/lib/db/migrations';
import { STORES_V1, type ApplicationV1, type PlatformV1 } from '@/lib/db/schema-v1';
import { STORES_V2 } from '@/lib/db/schema-v2';
import { ApplicationRecord, EventRecord, PlatformRecord } from '@/lib/model/records';
import { bucketSummaries, readRecentSummaries, readSummaries, summarise } from '@/lib/db/summaries';
import { restoreBatch } from '@/lib/db/application-edits';
import {
  countApplications,
  findByListingKey,
  findByListingKeys,
  readApplications,
} from '@/lib/db/applications';
import { byId, snapshot } from './fixtures';

/** A database exactly as the first release declared it: version 1 only. */
class TaskLensDbV1 extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(1).stores(STORES_V1);
  }
}

const at = (day: number) => new Date(Date.UTC(2025, 0, day)).toISOString();

const v1Application = (i: number): ApplicationV1 => ({
  id: `app-${i}`,
  listingKey: `outlier:${i}`,
  platformId: i % 2 ? 'outlier' : 'company:acme',
  listing: {
    siteId: 'outlier',
    url: `https://app.outlier.ai/x/${i}`,
    canonicalUrl: `https://app.outlier.ai/x/${i}`,
    listingKey: `outlier:${i}`,
    title: `Rater ${i} — “quoted” ✓`,
    company: 'Outlier',
    description: 'Rate answers. '.repeat(20),
    source: 'adapter',
  },
  stage: i % 3 ? 'screening' : 'applied',
  ...(i === 4 ? { outcome: 'rejected' } : {}),
  stageDates:
    i % 3
      ? { found: at(1), applied: at(2), agreements: at(3), screening: at(4) }
      : { found: at(1), applied: at(2) },
  payNoted: '$20/h',
  notes: `note ${i}`,
  tags: i === 1 ? [' urgent', 'Urgent', '', 'bio '] : [],
  createdAt: at(1),
  updatedAt: at(5),
});

const v1Platform: PlatformV1 = {
  id: 'outlier',
  name: 'Outlier',
  stage: 'screening',
  outcome: 'waitlisted',
  stageDates: { found: at(1), applied: at(2), agreements: at(3), screening: at(4) },
  requirements: [
    { id: 'nda', done: true, date: '2025-01-03T10:00:00.000Z' },
    { id: 'id_check', done: false, date: '2025-01-02T10:00:00.000Z' },
    { id: 'tax_form', done: false },
  ],
  unpaidHours: 3.5,
  notes: 'Assessment took long',
  createdAt: at(1),
  updatedAt: at(6),
};

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

async function writeV1(name: string) {
  names.push(name);
  const v1 = new TaskLensDbV1(name);
  await v1.table('applications').bulkAdd(Array.from({ length: 6 }, (_, i) => v1Application(i)));
  await v1.table('platforms').add(v1Platform);
  await v1.table('events').bulkAdd([
    { id: 'e1', subject: 'application', subjectId: 'app-1', kind: 'created', to: 'found', at: at(1) },
    {
      id: 'e2',
      subject: 'application',
      subjectId: 'app-1',
      kind: 'stage',
      from: 'found',
      to: 'screening',
      at: at(4),
    },
  ]);
  expect(v1.verno).toBe(1);
  v1.close();
}

describe('upgrading a database written by schema version 1', () => {
  it('keeps every record and fills the fields version 2 added', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    await writeV1(name);

    const db = new TaskLensDb(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);

    const apps = (await readApplications(db)).sort(byId);
    expect(apps).toHaveLength(6);
    for (const [i, app] of apps.entries()) {
      const before = v1Application(i);
      expect(ApplicationRecord.parse(app)).toBeTruthy();
      expect(app.listing).toEqual(before.listing);
      expect(app.notes).toBe(before.notes);
      expect(app.stageDates).toEqual(before.stageDates);
      expect(app.stageSince).toBe(before.stageDates[before.stage]);
    }
    expect(apps[1].tags).toEqual(['urgent', 'bio']);
    expect(apps[4]).toMatchObject({ outcome: 'rejected', outcomeAt: at(5) });

    const platform = PlatformRecord.parse(await db.platforms.get('outlier'));
    expect(platform).toMatchObject({ unpaidHours: 3.5, notes: 'Assessment took long', outcomeAt: at(6) });
    expect(platform.requirements).toEqual([
      { id: 'nda', done: true, doneOn: '2025-01-03' },
      { id: 'id_check', done: false, askedOn: '2025-01-02' },
      { id: 'other', label: 'tax_form', done: false },
    ]);

    const summaries = (await snapshot(db)).summaries;
    expect(summaries.map((r) => [r.id, r.title, r.stage])).toEqual(
      apps.map((a) => [a.id, a.listing.title, a.stage]),
    );

    // v3 keeps each subject's events together, oldest first, in history buckets.
    const events = await eventsOf(db, 'application', 'app-1');
    expect(events.map((e) => e.id)).toEqual(['e1', 'e2']);
    for (const e of events) EventRecord.parse(e);
    expect(await db.historyBuckets.count()).toBe(1);
    expect(db.tables.map((t) => t.name)).not.toContain('events');
    db.close();
  });

  it('serves the indexes the log queries over the upgraded records', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    await writeV1(name);
    const db = new TaskLensDb(name);
    expect((await findByListingKey(db, 'outlier:1'))?.id).toBe('app-1');
    expect((await findByListingKeys(db, ['outlier:2', 'outlier:5'])).map((a) => a.id).sort()).toEqual([
      'app-2',
      'app-5',
    ]);
    expect(await countApplications(db)).toBe(6);
    expect(await db.platforms.orderBy('updatedAt').primaryKeys()).toEqual(['outlier']);
    expect(await readSummaries(db)).toHaveLength(6);
    expect(await db.trash.where('batch').equals('none').count()).toBe(0);
    db.close();
  });

  it('upgrades an empty version 1 database', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    names.push(name);
    const v1 = new TaskLensDbV1(name);
    await v1.open();
    v1.close();
    const db = new TaskLensDb(name);
    expect(await countApplications(db)).toBe(0);
    expect(await db.applicationBuckets.count()).toBe(0);
    expect(db.verno).toBe(DB_VERSION);
    db.close();
  });
});

/**
 * Opens an older database with the current code, checks it now has exactly the current tables
 * and still every application, and returns it with everything it holds.
 */
async function openUpgraded(name: string, applications: readonly ApplicationRecord[]) {
  const db = new TaskLensDb(name);
  await db.open();
  expect(db.tables.map((t) => t.name).sort()).toEqual(
    ['applicationBuckets', 'historyBuckets', 'platforms', 'summaryBuckets', 'trash'].sort(),
  );
  const after = await snapshot(db);
  expect(after.applications).toEqual([...applications].sort(byId));
  return { db, after };
}

/** A database as version 2 left it: events one per record, summaries one per application. */
class TaskLensDbV2 extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(1).stores(STORES_V1);
    this.version(2).stores(STORES_V2);
  }
}

describe('upgrading a database written by schema version 2', () => {
  it('moves applications, events and summaries into buckets and drops the old tables', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    names.push(name);
    const applications = Array.from({ length: 50 }, (_, i) =>
      ApplicationRecord.parse(upgradeApplication1to2(v1Application(i))),
    );
    const events = applications.flatMap((a, i) => [
      { id: `e${i}a`, subject: 'application', subjectId: a.id, kind: 'created', to: 'found', at: at(1) },
      { id: `e${i}b`, subject: 'application', subjectId: a.id, kind: 'edit', detail: 'notes', at: at(2) },
    ]);
    const v2 = new TaskLensDbV2(name);
    await v2.table('applications').bulkAdd(applications);
    await v2.table('summaries').bulkAdd(applications.map(summarise));
    await v2
      .table('events')
      .bulkAdd([
        ...events,
        { id: 'p1', subject: 'platform', subjectId: 'outlier', kind: 'created', to: 'found', at: at(1) },
      ]);
    v2.close();

    const { db, after } = await openUpgraded(name, applications);
    expect((await findByListingKey(db, applications[7].listingKey))?.id).toBe(applications[7].id);
    expect(await readRecentSummaries(db)).toHaveLength(50);
    expect(after.summaries).toEqual([...applications].sort(byId).map(summarise));
    expect((await eventsOf(db, 'application', 'app-7')).map((e) => e.id)).toEqual(['e7a', 'e7b']);
    expect((await eventsOf(db, 'platform', 'outlier')).map((e) => e.id)).toEqual(['p1']);
    expect(await countEvents(db)).toBe(101);
    db.close();
  });
});

/** A database as version 4 left it: applications one per record, with a unique listing-key index. */
class TaskLensDbV4 extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(1).stores(STORES_V1);
    this.version(2).stores(STORES_V2);
    this.version(3).stores({
      platforms: 'id, updatedAt',
      applications: 'id, &listingKey',
      historyBuckets: 'id',
      summaryBuckets: 'id',
    });
    this.version(4).stores({ events: null, summaries: null });
  }
}

describe('upgrading a database written by schema version 4', () => {
  it('moves applications into buckets, keeps summaries, history and trash, and drops the old table', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    names.push(name);
    const applications = Array.from({ length: 300 }, (_, i) =>
      ApplicationRecord.parse({
        ...upgradeApplication1to2(v1Application(i % 6)),
        id: `app-v4-${i}`,
        listingKey: `outlier:v4-${i}`,
        updatedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
      }),
    );
    const events = applications.map((a, i) => ({
      id: `e${i}`,
      subject: 'application' as const,
      subjectId: a.id,
      kind: 'created' as const,
      to: 'found' as const,
      at: at(1),
    }));
    const trashed = { ...applications[0], id: 'app-trashed', listingKey: 'outlier:trashed' };
    const v4 = new TaskLensDbV4(name);
    await v4.table('applications').bulkAdd(applications);
    await v4.table('summaryBuckets').bulkAdd(bucketSummaries(applications));
    await v4.table('historyBuckets').bulkAdd(mergeIntoBuckets(events));
    await v4.table('trash').add({ id: trashed.id, batch: 'b1', application: trashed, deletedAt: at(2) });
    expect(v4.verno).toBe(4);
    v4.close();

    const { db, after } = await openUpgraded(name, applications);
    expect(after.summaries).toEqual([...applications].sort(byId).map(summarise));
    expect((await readRecentSummaries(db))?.map((s) => s.id)).toEqual(
      applications
        .slice(-60)
        .reverse()
        .map((a) => a.id),
    );
    expect(await countApplications(db)).toBe(300);
    expect((await findByListingKey(db, 'outlier:v4-123'))?.id).toBe('app-v4-123');
    expect(await countEvents(db)).toBe(300);
    expect(after.trash).toHaveLength(1);
    // Undo still brings the trashed application back, into its bucket.
    await restoreBatch(db, 'b1');
    expect((await findByListingKey(db, 'outlier:trashed'))?.id).toBe('app-trashed');
    db.close();
  });
});
