import type { ApplicationRecord } from '../model/records';
import { STAGES, stageIndex, type Outcome, type Stage } from '../model/stages';
import type { TaskLensDb } from './database';
import { event } from './save-listing';

async function mustGet(db: TaskLensDb, id: string): Promise<ApplicationRecord> {
  const record = await db.applications.get(id);
  if (!record) throw new Error('That application is no longer in your log.');
  return record;
}

/** Moves an application to a stage; every move is kept as an event. */
export async function setStage(db: TaskLensDb, id: string, stage: Stage, now = new Date()) {
  const at = now.toISOString();
  return db.transaction('rw', db.applications, db.events, async () => {
    const record = await mustGet(db, id);
    if (record.stage === stage) return record;
    const stageDates = { ...record.stageDates };
    for (const s of STAGES.slice(0, stageIndex(stage) + 1)) stageDates[s] ??= at;
    const next = { ...record, stage, stageDates, updatedAt: at };
    await db.applications.put(next);
    await db.events.add(event('application', id, 'stage', at, record.stage, stage));
    return next;
  });
}

export async function setOutcome(db: TaskLensDb, id: string, outcome: Outcome | null, now = new Date()) {
  const at = now.toISOString();
  return db.transaction('rw', db.applications, db.events, async () => {
    const record = await mustGet(db, id);
    const next = { ...record, outcome: outcome ?? undefined, updatedAt: at };
    await db.applications.put(next);
    await db.events.add(event('application', id, 'outcome', at, record.outcome, outcome ?? undefined));
    return next;
  });
}

/** Deletes an application but keeps its history, recording the deletion itself as an event. */
export async function deleteApplication(db: TaskLensDb, id: string, now = new Date()) {
  const at = now.toISOString();
  return db.transaction('rw', db.applications, db.events, async () => {
    const record = await mustGet(db, id);
    await db.applications.delete(id);
    await db.events.add(event('application', id, 'deleted', at, record.stage));
    return record;
  });
}
