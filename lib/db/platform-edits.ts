import type { EventRecord, PlatformRecord, Requirement } from '../model/records';
import { requirementKey, requirementName } from '../model/records';
import type { Outcome, Stage } from '../model/stages';
import type { LogTables } from './tables';
import { event, reachStage } from './events';
import { platformForName } from './trackable-platforms';
import { newPlatform } from './platform-progress';
import { updateRecord, withOutcome } from './record-update';
import { addEvents } from './history';

/** Runs `change` on one platform in a transaction, stores the result and its events. */
function update(
  db: LogTables,
  id: string,
  now: Date,
  change: (record: PlatformRecord, at: string, events: EventRecord[]) => PlatformRecord,
) {
  const store = {
    table: db.platforms,
    get: (id: string) => db.platforms.get(id),
    put: (record: PlatformRecord) => db.platforms.put(record),
  };
  return updateRecord(db, store, 'That platform is not in your log.', id, now, change);
}

/** Starts tracking a platform by name (a known one, or any other); returns it if already tracked. */
export async function createPlatform(db: LogTables, name: string, now = new Date()) {
  const at = now.toISOString();
  const { id, name: platformName } = platformForName(name);
  return db.transaction('rw', db.platforms, db.historyBuckets, async () => {
    const existing = await db.platforms.get(id);
    if (existing) return existing;
    const record = newPlatform(id, platformName, 'found', at);
    await db.platforms.add(record);
    await addEvents(db, [event('platform', id, 'created', at, undefined, 'found')]);
    return record;
  });
}

/** Sets the platform's onboarding stage, forward or back (the user knows best); each move is an event. */
export function setPlatformStage(db: LogTables, id: string, stage: Stage, now = new Date()) {
  return update(db, id, now, (record, at, events) => {
    if (record.stage === stage) return record;
    events.push(event('platform', id, 'stage', at, record.stage, stage));
    return { ...record, stage, stageSince: at, stageDates: reachStage(record.stageDates, stage, at) };
  });
}

export function setPlatformOutcome(db: LogTables, id: string, outcome: Outcome | null, now = new Date()) {
  return update(db, id, now, (record, at, events) => {
    if ((record.outcome ?? null) === outcome) return record;
    events.push(event('platform', id, 'outcome', at, record.outcome, outcome ?? undefined));
    return withOutcome(record, outcome, at);
  });
}

export interface PlatformEdit {
  name?: string;
  notes?: string;
  unpaidHours?: number;
}

export function editPlatform(db: LogTables, id: string, edit: PlatformEdit, now = new Date()) {
  return update(db, id, now, (record, at, events) => {
    const next = { ...record };
    if (edit.name !== undefined && edit.name.trim() && edit.name.trim() !== record.name) {
      next.name = edit.name.trim();
      events.push(event('platform', id, 'edit', at, record.name, next.name, 'name'));
    }
    if (edit.notes !== undefined && edit.notes !== record.notes) {
      next.notes = edit.notes;
      events.push(event('platform', id, 'edit', at, undefined, undefined, 'notes'));
    }
    if (edit.unpaidHours !== undefined && edit.unpaidHours !== record.unpaidHours) {
      next.unpaidHours = Math.round(edit.unpaidHours * 100) / 100;
      events.push(
        event(
          'platform',
          id,
          'edit',
          at,
          String(record.unpaidHours),
          String(next.unpaidHours),
          'unpaidHours',
        ),
      );
    }
    return next;
  });
}

function describeRequirement(r: Requirement): string {
  const name = requirementName(r);
  return r.done ? `${name}: done${r.doneOn ? ` ${r.doneOn}` : ''}` : `${name}: to do`;
}

/** Adds or updates one requirement (by id, or by label for `other`). */
export function putRequirement(db: LogTables, id: string, requirement: Requirement, now = new Date()) {
  if (requirement.id === 'other' && !requirement.label?.trim()) {
    return Promise.reject(new Error('Give the requirement a name.'));
  }
  return update(db, id, now, (record, at, events) => {
    const key = requirementKey(requirement);
    const index = record.requirements.findIndex((r) => requirementKey(r) === key);
    const before = index >= 0 ? record.requirements[index] : undefined;
    if (before && JSON.stringify(before) === JSON.stringify(requirement)) return record;
    if (!before && record.requirements.length >= 50)
      throw new Error('A platform can list at most 50 requirements.');
    const requirements = [...record.requirements];
    if (before) requirements[index] = requirement;
    else requirements.push(requirement);
    events.push(
      event(
        'platform',
        id,
        'requirement',
        at,
        before && describeRequirement(before),
        describeRequirement(requirement),
        key,
      ),
    );
    return { ...record, requirements };
  });
}

export function removeRequirement(
  db: LogTables,
  id: string,
  which: Pick<Requirement, 'id' | 'label'>,
  now = new Date(),
) {
  return update(db, id, now, (record, at, events) => {
    const key = requirementKey(which);
    const before = record.requirements.find((r) => requirementKey(r) === key);
    if (!before) return record;
    events.push(event('platform', id, 'requirement', at, describeRequirement(before), 'removed', key));
    return { ...record, requirements: record.requirements.filter((r) => r !== before) };
  });
}
