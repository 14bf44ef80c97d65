import { useMemo } from 'react';
import type { AppRow } from '@/lib/db/log-rows';
import { staleRows } from '@/lib/db/log-stats';
import { StageBadge } from './Badges';
import { ago, listingTitle } from './display';

const SHOWN = 12;

interface Props {
  rows: AppRow[];
  days: number;
  onDays: (days: number) => void;
  platformName: (id: string) => string;
  onOpen: (id: string) => void;
  onShowAll: () => void;
}

/** Open applications nobody has touched for N days (N chosen here and remembered). */
export function StaleList({ rows, days, onDays, platformName, onOpen, onShowAll }: Props) {
  const stale = useMemo(() => staleRows(rows, days), [rows, days]);
  return (
    <section className="chart stale" aria-labelledby="stale-title" data-testid="stale">
      <div className="stale-head">
        <h3 id="stale-title">
          Gone quiet <span className="count">{stale.length.toLocaleString()}</span>
        </h3>
        <label className="inline">
          No change for
          <input
            type="number"
            min={1}
            max={365}
            value={days}
            onChange={(e) => onDays(Number(e.target.value))}
            aria-describedby="stale-help"
          />
          days
        </label>
      </div>
      <p id="stale-help" className="muted">
        Still open, not yet paid work, and unchanged for that long: worth a follow-up or an outcome.
      </p>
      {stale.length === 0 ? (
        <p className="muted">Nothing has gone quiet.</p>
      ) : (
        <ul className="stale-list">
          {stale.slice(0, SHOWN).map((r) => (
            <li key={r.id}>
              <button type="button" className="link-button" onClick={() => onOpen(r.id)}>
                {listingTitle(r.title)}
              </button>
              <span className="muted">{platformName(r.platformId)}</span>
              <StageBadge stage={r.stage} />
              <span className="muted">changed {ago(r.updatedAt)}</span>
            </li>
          ))}
        </ul>
      )}
      {stale.length > SHOWN && (
        <button type="button" className="link-button" onClick={onShowAll}>
          Show all {stale.length.toLocaleString()} in the table
        </button>
      )}
    </section>
  );
}
