import type { EventRecord, HistoryRecord } from '../model/records';
import type { TaskLensDb } from './database';

export function historyKey(subject: EventRecord['subject'], subjectId: string): string {
  return `${subject}:${subjectId}`;
}

const byTime = (a: EventRecord, b: EventRecord) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);

/**
 * Events grouped into one history record per subject, each oldest first. Events already in
 * `existing` (by id) are not added twice.
 */
export function groupEvents(events: readonly EventRecord[], existing: readonly HistoryRecord[] = []) {
  const histories = new Map<string, HistoryRecord>();
  const seen = new Set<string>();
  for (const h of existing) {
    histories.set(h.id, { ...h, events: [...h.events] });
    for (const e of h.events) seen.add(e.id);
  }
  const touched = new Set<string>();
  for (const e of events) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    const id = historyKey(e.subject, e.subjectId);
    let history = histories.get(id);
    if (!history) {
      history = { id, subject: e.subject, subjectId: e.subjectId, events: [] };
      histories.set(id, history);
    }
    history.events.push(e);
    touched.add(id);
  }
  // Stable, so events recorded in the same millisecond keep the order they happened in.
  for (const id of touched) histories.get(id)!.events.sort(byTime);
  return [...histories.values()];
}

/** Adds events to their subjects' histories. Call inside a transaction that includes histories. */
export async function addEvents(db: TaskLensDb, events: readonly EventRecord[]): Promise<void> {
  if (!events.length) return;
  const ids = [...new Set(events.map((e) => historyKey(e.subject, e.subjectId)))];
  const existing = (await db.histories.bulkGet(ids)).filter((h) => h !== undefined);
  const changed = new Set(ids);
  await db.histories.bulkPut(groupEvents(events, existing).filter((h) => changed.has(h.id)));
}

/** One subject's events, oldest first. */
export async function eventsOf(
  db: TaskLensDb,
  subject: EventRecord['subject'],
  subjectId: string,
): Promise<EventRecord[]> {
  return (await db.histories.get(historyKey(subject, subjectId)))?.events ?? [];
}

/** Every event in the log, subject by subject. */
export function flattenHistories(histories: readonly HistoryRecord[]): EventRecord[] {
  const events: EventRecord[] = [];
  for (const h of histories) for (const e of h.events) events.push(e);
  return events;
}

export async function countEvents(db: TaskLensDb): Promise<number> {
  let count = 0;
  await db.histories.each((h) => (count += h.events.length));
  return count;
}
