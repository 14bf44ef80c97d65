import type { Dexie, EntityTable } from 'dexie';
import type {
  ApplicationBucket,
  HistoryBucket,
  PlatformRecord,
  SummaryBucket,
  TrashRecord,
} from '../model/records';

/**
 * The log's tables, as the code that reads and writes them sees the database. It lives apart from
 * the TaskLensDb class (database.ts), whose upgrades use the bucket helpers: those helpers name
 * this type, so no file of lib/db imports one that imports it back.
 */
export interface LogTables extends Dexie {
  platforms: EntityTable<PlatformRecord, 'id'>;
  /** Every application, in a fixed set of buckets; read and written through applications.ts. */
  applicationBuckets: EntityTable<ApplicationBucket, 'id'>;
  /** Every application's and platform's events, in a fixed set of buckets (see history.ts). */
  historyBuckets: EntityTable<HistoryBucket, 'id'>;
  trash: EntityTable<TrashRecord, 'id'>;
  /** Derived from applicationBuckets by `summaryMirror`; never written directly. */
  summaryBuckets: EntityTable<SummaryBucket, 'id'>;
}
