import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { AppRow, RowSort, SortKey } from '@/lib/db/log-rows';
import { OutcomeBadge, RiskLevelBadge, StageBadge } from './Badges';
import { formatDate, listingTitle } from './display';
import { TASK_TYPE_LABELS } from './labels';
import './table.css';

const ROW_HEIGHT = 48;
/** The sticky header's height; rows are placed below it inside the same scroller. */
const HEAD_HEIGHT = 38;

const COLUMNS: { key: SortKey | null; label: string }[] = [
  { key: 'title', label: 'Listing' },
  { key: 'platform', label: 'Platform' },
  { key: 'stage', label: 'Stage' },
  { key: 'risk', label: 'Risk' },
  { key: null, label: 'Task types' },
  { key: null, label: 'Pay noted' },
  { key: 'updatedAt', label: 'Last change' },
];

interface Props {
  rows: AppRow[];
  sort: RowSort;
  onSort: (sort: RowSort) => void;
  platformName: (id: string) => string;
  onOpen: (id: string) => void;
  emptyText: string;
}

/** Dates sort newest first on the first click; text and stages from the start. */
function nextSort(sort: RowSort, key: SortKey): RowSort {
  if (sort.key === key) return { key, dir: sort.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: key === 'updatedAt' || key === 'createdAt' ? 'desc' : 'asc' };
}

/**
 * The applications as a table whose rows are virtualised: only those in view are in the DOM, so
 * 10,000 rows scroll as smoothly as 10. The table parts are laid out as blocks and grids, so
 * their roles are stated explicitly; aria-rowcount/rowindex keep the real positions.
 */
export function ApplicationsTable({ rows, sort, onSort, platformName, onOpen, emptyText }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read, never memoised
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: HEAD_HEIGHT,
    getItemKey: (index) => rows[index].id,
  });

  return (
    <div ref={scroller} className="app-table" tabIndex={0} aria-label="Applications, scrollable">
      <table
        role="table"
        aria-label="Applications"
        aria-rowcount={rows.length + 1}
        data-testid="applications"
      >
        <thead role="rowgroup" className="app-table-head">
          <tr role="row" aria-rowindex={1} className="app-row">
            {COLUMNS.map((c) => (
              <th
                key={c.label}
                role="columnheader"
                scope="col"
                aria-sort={
                  c.key && sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined
                }
              >
                {c.key ? (
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => onSort(nextSort(sort, c.key as SortKey))}
                  >
                    {c.label}
                    <span aria-hidden="true" className="sort-arrow">
                      {sort.key === c.key ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                ) : (
                  c.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className="app-table-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            return (
              <tr
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                className="app-row"
                style={{ transform: `translateY(${item.start - HEAD_HEIGHT}px)`, height: ROW_HEIGHT }}
              >
                <td role="cell" className="cell-title">
                  <button type="button" className="row-open" onClick={() => onOpen(row.id)}>
                    {listingTitle(row.title)}
                  </button>
                  <span className="muted">{row.company}</span>
                </td>
                <td role="cell">{platformName(row.platformId)}</td>
                <td role="cell" className="cell-badges">
                  <StageBadge stage={row.stage} />
                  <OutcomeBadge outcome={row.outcome} />
                </td>
                <td role="cell">
                  <RiskLevelBadge level={row.risk} />
                </td>
                <td role="cell" className="cell-clip">
                  {row.taskTypes.map((t) => TASK_TYPE_LABELS[t]).join(', ')}
                </td>
                <td role="cell" className="cell-clip">
                  {row.payNoted}
                </td>
                <td role="cell">{formatDate(row.updatedAt)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 && <p className="empty-rows">{emptyText}</p>}
    </div>
  );
}
