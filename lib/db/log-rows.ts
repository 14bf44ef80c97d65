import type { RiskLevel, TaskTypeId } from '../analysis/types';
import type { ApplicationSummary } from '../model/records';
import { stageIndex, type Outcome, type Stage } from '../model/stages';

/** What the dashboard keeps in memory per application: its summary, plus a search string. */
export type AppRow = Omit<ApplicationSummary, 'notes'> & {
  hasNotes: boolean;
  /** Lower-cased title, company, notes and tags, for search. */
  haystack: string;
};

export function toRow({ notes, ...summary }: ApplicationSummary): AppRow {
  return {
    ...summary,
    hasNotes: notes.trim().length > 0,
    haystack: `${summary.title}\n${summary.company}\n${notes}\n${summary.tags.join(' ')}`.toLowerCase(),
  };
}

export interface RowFilter {
  text: string;
  platformId: string;
  stage: Stage | '';
  /** `open` = no outcome yet. */
  outcome: Outcome | 'open' | '';
  risk: RiskLevel | 'none' | '';
  taskType: TaskTypeId | '';
  dateField: 'updatedAt' | 'createdAt';
  /** Calendar days, inclusive; empty for no bound. */
  from: string;
  to: string;
  /** Only open items with no change for this many days; 0 for all. */
  staleDays: number;
}

export const NO_FILTER: RowFilter = {
  text: '',
  platformId: '',
  stage: '',
  outcome: '',
  risk: '',
  taskType: '',
  dateField: 'updatedAt',
  from: '',
  to: '',
  staleDays: 0,
};

/** True when a row is still open and has not changed for `days` days. */
export function isStale(row: Pick<AppRow, 'outcome' | 'stage' | 'updatedAt'>, days: number, now: number) {
  return !row.outcome && row.stage !== 'paid' && now - Date.parse(row.updatedAt) > days * 86_400_000;
}

/** Whether any criterion is set. */
export function isFiltered(f: RowFilter): boolean {
  return JSON.stringify(f) !== JSON.stringify(NO_FILTER);
}

/** Keeps the rows matching every set criterion; order is preserved. */
export function filterRows(rows: readonly AppRow[], f: RowFilter, now = Date.now()): AppRow[] {
  const words = f.text.toLowerCase().split(/\s+/).filter(Boolean);
  // Calendar-day bounds in local time, as the user picked them.
  const from = f.from ? new Date(`${f.from}T00:00:00`).getTime() : -Infinity;
  const to = f.to ? new Date(`${f.to}T23:59:59.999`).getTime() : Infinity;
  const dated = f.from || f.to;
  return rows.filter((r) => {
    if (f.platformId && r.platformId !== f.platformId) return false;
    if (f.stage && r.stage !== f.stage) return false;
    if (f.outcome === 'open' ? r.outcome : f.outcome && r.outcome !== f.outcome) return false;
    if (f.risk && (r.risk ?? 'none') !== f.risk) return false;
    if (f.taskType && !r.taskTypes.includes(f.taskType)) return false;
    if (dated) {
      const t = Date.parse(r[f.dateField]);
      if (t < from || t > to) return false;
    }
    if (f.staleDays && !isStale(r, f.staleDays, now)) return false;
    for (const w of words) if (!r.haystack.includes(w)) return false;
    return true;
  });
}

export type SortKey = 'title' | 'company' | 'platform' | 'stage' | 'risk' | 'createdAt' | 'updatedAt';
export interface RowSort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

const RISK_ORDER: Record<string, number> = { low: 0, caution: 1, high: 2 };
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** A sorted copy. `platformName` turns platform ids into the names shown. */
export function sortRows(rows: readonly AppRow[], sort: RowSort, platformName: (id: string) => string) {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const by = (a: AppRow, b: AppRow): number => {
    switch (sort.key) {
      case 'title':
        return collator.compare(a.title, b.title);
      case 'company':
        return collator.compare(a.company, b.company);
      case 'platform':
        return collator.compare(platformName(a.platformId), platformName(b.platformId));
      case 'stage':
        return stageIndex(a.stage) - stageIndex(b.stage);
      case 'risk':
        return (RISK_ORDER[a.risk ?? ''] ?? -1) - (RISK_ORDER[b.risk ?? ''] ?? -1);
      default:
        return a[sort.key] < b[sort.key] ? -1 : a[sort.key] > b[sort.key] ? 1 : 0;
    }
  };
  // Ties fall back to the most recently updated first, so the order is stable and useful.
  return [...rows].sort((a, b) => sign * by(a, b) || (a.updatedAt < b.updatedAt ? 1 : -1));
}
