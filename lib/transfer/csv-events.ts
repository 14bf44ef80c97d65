import { EventRecord } from '../model/records';
import { fromCell, optionalFromCell, optionalToCell, toCell } from './csv-cell';
import { EVENT_COLUMNS, type EventColumn } from './csv-columns';
import type { RowResult } from './csv-applications';

export const EVENT_COLUMN_KEYS = Object.keys(EVENT_COLUMNS) as EventColumn[];

/** One event as CSV cells, in EVENT_COLUMNS order; `about` names what it happened to. */
export function eventToRow(event: EventRecord, about: string): string[] {
  const cells: Record<EventColumn, string> = {
    at: toCell(event.at),
    about: toCell(about),
    kind: toCell(event.kind),
    from: optionalToCell(event.from),
    to: optionalToCell(event.to),
    detail: optionalToCell(event.detail),
    subject: toCell(event.subject),
    subjectId: toCell(event.subjectId),
    id: toCell(event.id),
  };
  return EVENT_COLUMN_KEYS.map((key) => cells[key]);
}

export function eventFromRow(cell: (column: EventColumn) => string, row: number): RowResult<EventRecord> {
  const candidate = {
    id: fromCell(cell('id')),
    subject: fromCell(cell('subject')),
    subjectId: fromCell(cell('subjectId')),
    kind: fromCell(cell('kind')),
    ...optional('from', optionalFromCell(cell('from'))),
    ...optional('to', optionalFromCell(cell('to'))),
    ...optional('detail', optionalFromCell(cell('detail'))),
    at: fromCell(cell('at')),
  };
  const parsed = EventRecord.safeParse(candidate);
  if (parsed.success) return { ok: true, record: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? 'id');
      const header = key in EVENT_COLUMNS ? EVENT_COLUMNS[key as EventColumn] : EVENT_COLUMNS.id;
      return `Row ${row}, column "${header}": ${issue.message}`;
    }),
  };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
