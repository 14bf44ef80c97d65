import type { Table } from 'dexie';
import type { EventRecord } from '../model/records';
import type { Outcome } from '../model/stages';
import type { LogTables } from './tables';
import { addEvents } from './history';

/** Where one kind of record is read and written: the table it lives in, and how. */
export interface RecordStore<T> {
  table: Table;
  get: (id: string) => Promise<T | undefined>;
  put: (record: T) => Promise<unknown>;
}

/**
 * Runs `change` on one record in a transaction with the history, and stores the result and its
 * events when it made any (a change that records no event changes nothing).
 */
export function updateRecord<T extends { id: string; updatedAt: string }>(
  db: LogTables,
  store: RecordStore<T>,
  missing: string,
  id: string,
  now: Date,
  change: (record: T, at: string, events: EventRecord[]) => T,
): Promise<T> {
  const at = now.toISOString();
  return db.transaction('rw', store.table, db.historyBuckets, async () => {
    const record = await store.get(id);
    if (!record) throw new Error(missing);
    const events: EventRecord[] = [];
    const next = change(record, at, events);
    if (!events.length) return record;
    next.updatedAt = at;
    await store.put(next);
    await addEvents(db, events);
    return next;
  });
}

/** A copy of the record with its outcome set (and dated) or cleared. */
export function withOutcome<T extends { outcome?: Outcome; outcomeAt?: string }>(
  record: T,
  outcome: Outcome | null,
  at: string,
): T {
  const next = { ...record };
  if (outcome) {
    next.outcome = outcome;
    next.outcomeAt = at;
  } else {
    delete next.outcome;
    delete next.outcomeAt;
  }
  return next;
}
