import type { ApplicationRecord, EventRecord, PlatformRecord } from '../model/records';
import type { ImportMode, ImportPayload } from './payload';
import { sameRecord } from './same-record';

/** What the log holds now, as far as planning an import needs it. */
export interface LogState {
  platforms: PlatformRecord[];
  applications: ApplicationRecord[];
  /** Every event in the log (a merge of a file without events may leave them out). */
  events: EventRecord[];
}

export interface TablePlan<T> {
  add: T[];
  update: T[];
  /** Already in the log exactly as in the file: skipped as duplicates. */
  unchanged: number;
  /** In the log with a later change than the file's copy: the log's copy is kept. */
  keptNewer: number;
  /** Ids to delete; only a `replace` import removes anything. */
  remove: string[];
}

export interface ImportPlan {
  mode: ImportMode;
  platforms: TablePlan<PlatformRecord>;
  applications: TablePlan<ApplicationRecord>;
  events: TablePlan<EventRecord>;
}

function emptyTable<T>(): TablePlan<T> {
  return { add: [], update: [], unchanged: 0, keptNewer: 0, remove: [] };
}

interface PlanOptions {
  now: Date;
  newId: () => string;
}

/** `replace`: the log becomes exactly the file, matched by id. */
function planReplace<T extends { id: string }>(existing: T[], incoming: T[]): TablePlan<T> {
  const plan = emptyTable<T>();
  const byId = new Map(existing.map((r) => [r.id, r]));
  const kept = new Set<string>();
  for (const record of incoming) {
    kept.add(record.id);
    const current = byId.get(record.id);
    if (!current) plan.add.push(record);
    else if (sameRecord(current, record)) plan.unchanged++;
    else plan.update.push(record);
  }
  for (const record of existing) if (!kept.has(record.id)) plan.remove.push(record.id);
  return plan;
}

/** `merge`: the later change wins, by updatedAt; nothing is removed. */
function mergeRecord<T extends { updatedAt: string }>(plan: TablePlan<T>, current: T | undefined, record: T) {
  if (!current) plan.add.push(record);
  else if (sameRecord(current, record)) plan.unchanged++;
  else if (record.updatedAt > current.updatedAt) plan.update.push(record);
  else plan.keptNewer++;
}

/**
 * Decides what an import does, without writing anything: the page shows it as the preview, the
 * background runs it again inside the write transaction. Applications merge by listing key
 * (the same listing saved in two browsers has two ids; the log's id is kept and the file's events
 * follow it). Events are history: a merge adds the file's events it lacks and never drops any.
 */
export function planImport(
  state: LogState,
  payload: ImportPayload,
  mode: ImportMode,
  options: PlanOptions,
): ImportPlan {
  const platformIds = new Set([...state.platforms.map((p) => p.id), ...payload.platforms.map((p) => p.id)]);
  const missingPlatforms: PlatformRecord[] = [];
  for (const stub of payload.platformsIfMissing) {
    if (platformIds.has(stub.id)) continue;
    platformIds.add(stub.id);
    missingPlatforms.push(stub);
  }

  if (mode === 'replace') {
    const platforms = planReplace(state.platforms, payload.platforms);
    platforms.add.push(...missingPlatforms);
    return {
      mode,
      platforms,
      applications: planReplace(state.applications, payload.applications),
      events: planReplace(state.events, payload.events),
    };
  }

  const platforms = emptyTable<PlatformRecord>();
  const platformsById = new Map(state.platforms.map((p) => [p.id, p]));
  for (const record of payload.platforms) mergeRecord(platforms, platformsById.get(record.id), record);
  platforms.add.push(...missingPlatforms);

  const applications = emptyTable<ApplicationRecord>();
  const byKey = new Map(state.applications.map((a) => [a.listingKey, a]));
  const takenIds = new Set(state.applications.map((a) => a.id));
  const newIds = new Map<string, string>();
  const importedAt = options.now.toISOString();
  const notes: EventRecord[] = [];
  for (const incoming of payload.applications) {
    const current = byKey.get(incoming.listingKey);
    let id = current?.id ?? incoming.id;
    if (!current && takenIds.has(id)) id = options.newId();
    if (id !== incoming.id) newIds.set(incoming.id, id);
    const record = id === incoming.id ? incoming : { ...incoming, id };
    const updatesBefore = applications.update.length;
    mergeRecord(applications, current, record);
    if (current && applications.update.length > updatesBefore) {
      notes.push({
        id: options.newId(),
        subject: 'application',
        subjectId: id,
        kind: 'imported',
        from: current.stage,
        to: record.stage,
        detail: 'Updated from an imported file',
        at: importedAt,
      });
    }
  }

  const events = emptyTable<EventRecord>();
  const eventIds = new Set(state.events.map((e) => e.id));
  for (const incoming of payload.events) {
    if (eventIds.has(incoming.id)) {
      events.unchanged++;
      continue;
    }
    eventIds.add(incoming.id);
    const subjectId = incoming.subject === 'application' ? newIds.get(incoming.subjectId) : undefined;
    events.add.push(subjectId ? { ...incoming, subjectId } : incoming);
  }
  events.add.push(...notes);
  return { mode, platforms, applications, events };
}

export interface TableCounts {
  added: number;
  updated: number;
  unchanged: number;
  keptNewer: number;
  removed: number;
}

export type ImportSummary = Record<'platforms' | 'applications' | 'events', TableCounts> & {
  mode: ImportMode;
};

function counts<T>(plan: TablePlan<T>): TableCounts {
  return {
    added: plan.add.length,
    updated: plan.update.length,
    unchanged: plan.unchanged,
    keptNewer: plan.keptNewer,
    removed: plan.remove.length,
  };
}

export function summarisePlan(plan: ImportPlan): ImportSummary {
  return {
    mode: plan.mode,
    platforms: counts(plan.platforms),
    applications: counts(plan.applications),
    events: counts(plan.events),
  };
}

/** How many records the import adds or updates. */
export function recordsWritten(summary: ImportSummary): number {
  return (['platforms', 'applications', 'events'] as const).reduce(
    (sum, t) => sum + summary[t].added + summary[t].updated,
    0,
  );
}

/** True when the import would leave the log exactly as it is. */
export function changesNothing(summary: ImportSummary): boolean {
  return (['platforms', 'applications', 'events'] as const).every((t) => {
    const c = summary[t];
    return c.added + c.updated + c.removed === 0;
  });
}
