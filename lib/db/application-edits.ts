import type { ApplicationRecord, EventRecord, TrashRecord } from '../model/records';
import { TRASH_DAYS } from '../model/records';
import type { Outcome, Stage } from '../model/stages';
import type { LogTables } from './tables';
import { event, reachStage } from './events';
import { normaliseTags } from './migrations';
import { advancePlatform } from './platform-progress';
import { updateRecord, withOutcome } from './record-update';
import { addEvents } from './history';
import {
  changeApplications,
  deleteApplicationsById,
  findByListingKeys,
  getApplication,
  getApplications,
  putApplications,
} from './applications';

const MISSING = 'That application is no longer in your log.';

/** Runs `change` on one application in a transaction, stores the result and its events. */
function update(
  db: LogTables,
  id: string,
  now: Date,
  change: (record: ApplicationRecord, at: string, events: EventRecord[]) => ApplicationRecord,
) {
  const store = {
    table: db.applicationBuckets,
    get: (id: string) => getApplication(db, id),
    put: (record: ApplicationRecord) => putApplications(db, [record]),
  };
  return updateRecord(db, store, MISSING, id, now, change);
}

async function mustGetAll(db: LogTables, ids: readonly string[]): Promise<ApplicationRecord[]> {
  const records = await getApplications(db, [...new Set(ids)]);
  const missing = records.filter((r) => !r).length;
  if (missing && records.length === 1) throw new Error(MISSING);
  if (missing) {
    throw new Error(
      `${missing === 1 ? 'One of these applications is' : `${missing} of these applications are`} no longer in your log; nothing was changed.`,
    );
  }
  return records as ApplicationRecord[];
}

/** Moves one record to `stage`, appending the events; returns the record unchanged if already there. */
async function moveStage(
  db: LogTables,
  record: ApplicationRecord,
  stage: Stage,
  at: string,
  events: EventRecord[],
) {
  if (record.stage === stage) return record;
  const next: ApplicationRecord = {
    ...record,
    stage,
    stageSince: at,
    stageDates: reachStage(record.stageDates, stage, at),
    updatedAt: at,
  };
  events.push(event('application', record.id, 'stage', at, record.stage, stage));
  await advancePlatform(db, { id: record.platformId, name: record.listing.company }, stage, at, events);
  return next;
}

/** Moves an application to a stage; every move is kept as an event. */
export async function setStage(db: LogTables, id: string, stage: Stage, now = new Date()) {
  return setStages(db, [id], stage, now).then(([record]) => record);
}

/** Moves several applications at once: all of them or, on any failure, none. */
export async function setStages(db: LogTables, ids: readonly string[], stage: Stage, now = new Date()) {
  const at = now.toISOString();
  return db.transaction('rw', db.applicationBuckets, db.platforms, db.historyBuckets, async () => {
    const events: EventRecord[] = [];
    const records = await mustGetAll(db, ids);
    const next: ApplicationRecord[] = [];
    for (const record of records) next.push(await moveStage(db, record, stage, at, events));
    // Only the records that moved are written; the others are returned as they were.
    await putApplications(
      db,
      next.filter((record, i) => record !== records[i]),
    );
    await addEvents(db, events);
    return next;
  });
}

export function setOutcome(db: LogTables, id: string, outcome: Outcome | null, now = new Date()) {
  return update(db, id, now, (record, at, events) => {
    if ((record.outcome ?? null) === outcome) return record;
    events.push(event('application', id, 'outcome', at, record.outcome, outcome ?? undefined));
    return withOutcome(record, outcome, at);
  });
}

export interface ApplicationEdit {
  notes?: string;
  tags?: string[];
  payNoted?: string;
}

/** Edits the user's own fields; each changed field is one event. Long notes are logged by name only. */
export function editApplication(db: LogTables, id: string, edit: ApplicationEdit, now = new Date()) {
  return update(db, id, now, (record, at, events) => {
    const next: ApplicationRecord = { ...record };
    if (edit.notes !== undefined && edit.notes !== record.notes) {
      next.notes = edit.notes;
      events.push(event('application', id, 'edit', at, undefined, undefined, 'notes'));
    }
    if (edit.tags !== undefined) {
      const tags = normaliseTags(edit.tags);
      if (tags.join('\n') !== record.tags.join('\n')) {
        next.tags = tags;
        events.push(event('application', id, 'edit', at, record.tags.join(', '), tags.join(', '), 'tags'));
      }
    }
    if (edit.payNoted !== undefined && edit.payNoted !== record.payNoted) {
      next.payNoted = edit.payNoted;
      events.push(event('application', id, 'edit', at, record.payNoted, edit.payNoted, 'payNoted'));
    }
    return next;
  });
}

/**
 * Moves applications to the trash in one batch, keeping their history and recording each deletion
 * as an event. Returns the batch id that `restoreBatch` takes to undo it.
 */
export async function deleteApplications(db: LogTables, ids: readonly string[], now = new Date()) {
  const at = now.toISOString();
  const batch = crypto.randomUUID();
  return db.transaction('rw', db.applicationBuckets, db.historyBuckets, db.trash, async () => {
    const records = await mustGetAll(db, ids);
    const cutoff = new Date(now.getTime() - TRASH_DAYS * 86_400_000).toISOString();
    await db.trash.where('deletedAt').below(cutoff).delete();
    await db.trash.bulkPut(
      records.map((application) => ({ id: application.id, batch, application, deletedAt: at })),
    );
    await deleteApplicationsById(
      db,
      records.map((r) => r.id),
    );
    await addEvents(
      db,
      records.map((r) => event('application', r.id, 'deleted', at, r.stage)),
    );
    return { batch, count: records.length };
  });
}

/** Deletes one application (see deleteApplications). */
export async function deleteApplication(db: LogTables, id: string, now = new Date()) {
  return deleteApplications(db, [id], now);
}

/**
 * Undoes a deletion. An application whose listing was saved again meanwhile stays as it is now;
 * its old copy remains in the trash, and the reply says how many were skipped.
 */
export async function restoreBatch(db: LogTables, batch: string, now = new Date()) {
  const at = now.toISOString();
  return db.transaction('rw', db.applicationBuckets, db.historyBuckets, db.trash, async () => {
    const entries: TrashRecord[] = await db.trash.where('batch').equals(batch).toArray();
    if (!entries.length) throw new Error('There is nothing left to undo for that deletion.');
    const keys = entries.map((e) => e.application.listingKey);
    const taken = new Set((await findByListingKeys(db, keys)).map((a) => a.listingKey));
    const restored = entries.map((e) => e.application).filter((a) => !taken.has(a.listingKey));
    await changeApplications(db, { add: restored });
    await db.trash.bulkDelete(restored.map((a) => a.id));
    await addEvents(
      db,
      restored.map((a) => event('application', a.id, 'restored', at, undefined, a.stage)),
    );
    return { restored: restored.length, skipped: entries.length - restored.length };
  });
}
