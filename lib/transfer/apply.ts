import { changeApplications } from '../db/applications';
import type { TaskLensDb } from '../db/database';
import { addEvents, mergeIntoBuckets } from '../db/history';
import type { ApplicationRecord, EventRecord, PlatformRecord } from '../model/records';
import { readLogState } from './log-read';
import type { ImportMode, ImportPayload } from './payload';
import {
  planImport,
  summarisePlan,
  type ImportPlan,
  type ImportSummary,
  type LogState,
  type TablePlan,
} from './plan';

/** Platforms: removed ones go, updated ones are replaced, new ones are added (refused if the id is taken). */
async function writePlatforms(db: TaskLensDb, part: TablePlan<PlatformRecord>) {
  if (part.remove.length) await db.platforms.bulkDelete(part.remove);
  if (part.update.length) await db.platforms.bulkPut(part.update);
  if (part.add.length) await db.platforms.bulkAdd(part.add);
}

/**
 * Applications, stored in buckets, in one change that reads and rewrites each bucket once:
 * removed ones go, updated ones are replaced (a listing key may pass from one application to
 * another), and new ones are added, refused if an id is already there.
 */
function writeApplications(db: TaskLensDb, part: TablePlan<ApplicationRecord>) {
  return changeApplications(db, { remove: part.remove, put: part.update, add: part.add });
}

/**
 * Events are stored as one history per subject. A merge only adds events; a replace that changes
 * any rebuilds the histories from the events it keeps.
 */
async function writeHistories(
  db: TaskLensDb,
  plan: TablePlan<EventRecord>,
  state: LogState,
  mode: ImportMode,
) {
  if (mode === 'merge') return addEvents(db, plan.add);
  if (!plan.add.length && !plan.update.length && !plan.remove.length) return;
  const replaced = new Set([...plan.remove, ...plan.update.map((e) => e.id)]);
  const kept = state.events.filter((e) => !replaced.has(e.id));
  await db.historyBuckets.clear();
  await db.historyBuckets.bulkAdd(mergeIntoBuckets([...kept, ...plan.update, ...plan.add]));
}

async function writePlan(db: TaskLensDb, plan: ImportPlan, state: LogState) {
  await writePlatforms(db, plan.platforms);
  await writeApplications(db, plan.applications);
  await writeHistories(db, plan.events, state, plan.mode);
}

/**
 * Applies an already validated import in one transaction: it is planned again against the log
 * as it is now (it may have changed since the preview), and any failure leaves the log untouched.
 */
export function applyImport(
  db: TaskLensDb,
  payload: ImportPayload,
  mode: ImportMode,
  now = new Date(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<ImportSummary> {
  return db.transaction('rw', db.platforms, db.applicationBuckets, db.historyBuckets, async () => {
    const state = await readLogState(db, mode, payload);
    const plan = planImport(state, payload, mode, { now, newId });
    await writePlan(db, plan, state);
    return summarisePlan(plan);
  });
}

/** The same plan, read-only, for the preview shown before anything is written. */
export function previewImport(
  db: TaskLensDb,
  payload: ImportPayload,
  mode: ImportMode,
): Promise<ImportSummary> {
  return db.transaction('r', db.platforms, db.applicationBuckets, db.historyBuckets, async () => {
    const state = await readLogState(db, mode, payload);
    return summarisePlan(planImport(state, payload, mode, { now: new Date(), newId: () => 'preview' }));
  });
}
