import { useMemo } from 'react';
import { filterRows, isFiltered, sortRows, type RowFilter, type RowSort } from '@/lib/db/log-rows';
import { ApplicationsTable } from './ApplicationsTable';
import { BulkActions } from './BulkActions';
import { FiltersBar } from './FiltersBar';
import type { Log } from './useLog';

interface Props {
  log: Log;
  staleDays: number;
  onOpen: (id: string) => void;
  filter: RowFilter;
  onFilter: (filter: RowFilter) => void;
  sort: RowSort;
  onSort: (sort: RowSort) => void;
}

/** Search, filters and the sorted, virtualised table. Sorting is done once; filtering keeps its order. */
export function TableView({ log, staleDays, onOpen, filter, onFilter, sort, onSort }: Props) {
  const sorted = useMemo(() => sortRows(log.rows, sort, log.platformName), [log, sort]);
  const shown = useMemo(() => filterRows(sorted, filter), [sorted, filter]);
  const filtered = isFiltered(filter);
  return (
    <section className="table-view" aria-labelledby="table-title">
      <h2 id="table-title" className="sr-only">
        Applications
      </h2>
      <FiltersBar
        filter={filter}
        onChange={onFilter}
        platforms={log.platforms}
        staleDays={staleDays}
        shown={shown.length}
        total={log.rows.length}
        complete={log.complete}
      />
      {filtered && log.complete && <BulkActions rows={shown} />}
      <ApplicationsTable
        rows={shown}
        sort={sort}
        onSort={onSort}
        platformName={log.platformName}
        onOpen={onOpen}
        emptyText={log.rows.length ? 'No application matches these filters.' : 'No applications saved yet.'}
      />
    </section>
  );
}
