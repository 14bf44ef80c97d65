import { Dexie, type EntityTable } from 'dexie';
import type {
  ApplicationBucket,
  ApplicationRecord,
  EventRecord,
  HistoryBucket,
  PlatformRecord,
  SummaryBucket,
  TrashRecord,
} from '../model/records';
import { bucketApplications } from './applications';
import { mergeIntoBuckets } from './history';
import { upgradeApplication1to2, upgradePlatform1to2 } from './migrations';
import { STORES_V1, type ApplicationV1, type PlatformV1 } from './schema-v1';
import { STORES_V2 } from './schema-v2';
import { summaryMirror } from './summaries';
import type { LogTables } from './tables';

export const DB_NAME = 'tasklens';
/** The database's version; see the steps below. */
export const DB_VERSION = 6;

/**
 * The extension's one database. Only the background writes to it; extension pages read it.
 * Each schema version keeps its stores and upgrade here, so a browser holding any earlier
 * version upgrades step by step on open.
 */
export class TaskLensDb extends Dexie implements LogTables {
  platforms!: EntityTable<PlatformRecord, 'id'>;
  /** Every application, in a fixed set of buckets; read and written through applications.ts. */
  applicationBuckets!: EntityTable<ApplicationBucket, 'id'>;
  /** Every application's and platform's events, in a fixed set of buckets (see history.ts). */
  historyBuckets!: EntityTable<HistoryBucket, 'id'>;
  trash!: EntityTable<TrashRecord, 'id'>;
  /** Derived from applicationBuckets by `summaryMirror`; never written directly. */
  summaryBuckets!: EntityTable<SummaryBucket, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(STORES_V1);
    // v2: outcome and kind indexes for the dashboard's filters, tags searchable one by one,
    // `stageSince` on applications and platforms, dated requirements, a trash for undo, and
    // application summaries for listing them fast (in buckets since v3, built by the v5 upgrade).
    this.version(2)
      .stores(STORES_V2)
      .upgrade(async (tx) => {
        await tx
          .table('applications')
          .toCollection()
          .modify((value, ref) => {
            ref.value = upgradeApplication1to2(value as ApplicationV1);
          });
        await tx
          .table('platforms')
          .toCollection()
          .modify((value, ref) => {
            ref.value = upgradePlatform1to2(value as PlatformV1);
          });
      });
    // v3: events move into buckets (see buckets.ts), summaries get a bucketed store, and the
    // indexes no query uses go: every record and every index entry costs a restore time. The old
    // tables stay readable here for the copy; v4 deletes them. Summaries are built by v5, which
    // every upgrade from here runs too.
    this.version(3)
      .stores({
        platforms: 'id, updatedAt',
        applications: 'id, &listingKey',
        historyBuckets: 'id',
        summaryBuckets: 'id',
      })
      .upgrade(async (tx) => {
        const events = (await tx.table('events').toArray()) as EventRecord[];
        await tx.table('historyBuckets').bulkAdd(mergeIntoBuckets(events));
      });
    this.version(4).stores({ events: null, summaries: null });
    // v5: applications move into buckets too, indexed by the listing keys each bucket holds; the
    // summary buckets are rebuilt from them on the way. v6 deletes the old table.
    this.version(5)
      .stores({ applicationBuckets: 'id, &*listingKeys' })
      .upgrade(async (tx) => {
        const applications = (await tx.table('applications').toArray()) as ApplicationRecord[];
        await tx.table('applicationBuckets').bulkAdd(bucketApplications(applications));
      });
    this.version(6).stores({ applications: null });
    this.use(summaryMirror);
  }
}
