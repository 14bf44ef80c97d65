import type { EventRecord } from '../model/records';
import { STAGES, stageIndex, type Stage } from '../model/stages';

/** Event `from`/`to` hold short values; long text (notes) is recorded by field name only. */
export function clip(value: string | undefined, max = 200): string | undefined {
  if (value === undefined) return undefined;
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

export function event(
  subject: EventRecord['subject'],
  subjectId: string,
  kind: EventRecord['kind'],
  at: string,
  from?: string,
  to?: string,
  detail?: string,
): EventRecord {
  const record: EventRecord = { id: crypto.randomUUID(), subject, subjectId, kind, at };
  if (from !== undefined) record.from = clip(from);
  if (to !== undefined) record.to = clip(to);
  if (detail !== undefined) record.detail = clip(detail, 2000);
  return record;
}

/** Dates for every stage up to and including `stage` that are not recorded yet. */
export function reachStage(dates: Partial<Record<Stage, string>>, stage: Stage, at: string) {
  const next = { ...dates };
  for (const s of STAGES.slice(0, stageIndex(stage) + 1)) next[s] ??= at;
  return next;
}
