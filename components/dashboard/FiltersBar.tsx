import { RISK_LEVELS, TASK_TYPE_IDS } from '@/lib/analysis/ids';
import type { RiskLevel, TaskTypeId } from '@/lib/analysis/types';
import { isFiltered, NO_FILTER, type RowFilter } from '@/lib/db/log-rows';
import type { PlatformRecord } from '@/lib/model/records';
import type { Stage } from '@/lib/model/stages';
import { RISK_LABELS } from '@/components/shared/risk';
import { TASK_TYPE_LABELS } from './labels';
import { StageOptions, OutcomeOptions } from '@/components/shared/StageOptions';

interface Props {
  filter: RowFilter;
  onChange: (filter: RowFilter) => void;
  platforms: PlatformRecord[];
  staleDays: number;
  shown: number;
  total: number;
  /** False while only the most recent applications are loaded. */
  complete: boolean;
}

/** Search and filters for the applications table; every control is labelled. */
export function FiltersBar({ filter, onChange, platforms, staleDays, shown, total, complete }: Props) {
  const set = <K extends keyof RowFilter>(key: K, value: RowFilter[K]) =>
    onChange({ ...filter, [key]: value });
  const active = isFiltered(filter);
  return (
    <form
      className="filters"
      role="search"
      aria-label="Filter applications"
      onSubmit={(e) => e.preventDefault()}
    >
      <label className="filter-search">
        <span>Search</span>
        <input
          type="search"
          value={filter.text}
          placeholder="Title, company, notes or tag"
          onChange={(e) => set('text', e.target.value)}
        />
      </label>
      <label>
        <span>Platform</span>
        <select value={filter.platformId} onChange={(e) => set('platformId', e.target.value)}>
          <option value="">All platforms</option>
          {platforms.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Stage</span>
        <select value={filter.stage} onChange={(e) => set('stage', e.target.value as Stage | '')}>
          <option value="">Any stage</option>
          <StageOptions />
        </select>
      </label>
      <label>
        <span>Outcome</span>
        <select
          value={filter.outcome}
          onChange={(e) => set('outcome', e.target.value as RowFilter['outcome'])}
        >
          <option value="">Any</option>
          <option value="open">Still open</option>
          <OutcomeOptions />
        </select>
      </label>
      <label>
        <span>Risk</span>
        <select value={filter.risk} onChange={(e) => set('risk', e.target.value as RiskLevel | 'none' | '')}>
          <option value="">Any risk</option>
          {RISK_LEVELS.map((r) => (
            <option key={r} value={r}>
              {RISK_LABELS[r]}
            </option>
          ))}
          <option value="none">Not read</option>
        </select>
      </label>
      <label>
        <span>Task type</span>
        <select value={filter.taskType} onChange={(e) => set('taskType', e.target.value as TaskTypeId | '')}>
          <option value="">Any task type</option>
          {TASK_TYPE_IDS.map((t) => (
            <option key={t} value={t}>
              {TASK_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="filter-dates">
        <legend>Date</legend>
        <select
          aria-label="Which date"
          value={filter.dateField}
          onChange={(e) => set('dateField', e.target.value as RowFilter['dateField'])}
        >
          <option value="updatedAt">Last change</option>
          <option value="createdAt">Saved</option>
        </select>
        <label>
          <span className="sr-only">From</span>
          <input
            type="date"
            aria-label="From"
            value={filter.from}
            onChange={(e) => set('from', e.target.value)}
          />
        </label>
        <span aria-hidden="true">–</span>
        <label>
          <span className="sr-only">To</span>
          <input type="date" aria-label="To" value={filter.to} onChange={(e) => set('to', e.target.value)} />
        </label>
      </fieldset>
      <label className="filter-check">
        <input
          type="checkbox"
          checked={filter.staleDays > 0}
          onChange={(e) => set('staleDays', e.target.checked ? staleDays : 0)}
        />
        <span>Stale only ({staleDays}+ days)</span>
      </label>
      <p className="filter-count" aria-live="polite" data-testid="shown-count">
        {!complete
          ? `Latest ${total.toLocaleString()} shown, loading the rest…`
          : shown === total
            ? `${total.toLocaleString()} ${total === 1 ? 'application' : 'applications'}`
            : `${shown.toLocaleString()} of ${total.toLocaleString()}`}
      </p>
      {active && (
        <button type="button" className="link-button" onClick={() => onChange(NO_FILTER)}>
          Clear filters
        </button>
      )}
    </form>
  );
}
