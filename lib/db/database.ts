import { Dexie, type EntityTable } from 'dexie';
import type { ApplicationRecord, EventRecord, PlatformRecord } from '../model/records';

export const DB_NAME = 'tasklens';

/** The extension's one database. Only the background writes to it; extension pages read it. */
export class TaskLensDb extends Dexie {
  platforms!: EntityTable<PlatformRecord, 'id'>;
  applications!: EntityTable<ApplicationRecord, 'id'>;
  events!: EntityTable<EventRecord, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      platforms: 'id, stage, updatedAt',
      applications: 'id, &listingKey, platformId, stage, createdAt, updatedAt',
      events: 'id, [subject+subjectId], at',
    });
  }
}
