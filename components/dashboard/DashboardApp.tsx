import { useCallback, useState } from 'react';
import { NO_FILTER, type RowFilter, type RowSort } from '@/lib/db/log-rows';
import type { ApplicationRecord } from '@/lib/model/records';
import type { Stage } from '@/lib/model/stages';
import { ApplicationDetail } from './ApplicationDetail';
import { InsightsView } from './InsightsView';
import { plural } from './display';
import { Notices } from './Notices';
import { PipelineBoard } from './PipelineBoard';
import { PlatformsView } from './PlatformsView';
import { StorageStatus } from './StorageStatus';
import { TableView } from './TableView';
import { TransferControls } from '@/features/transfer/dashboard/TransferControls';
import { CommandProvider, useCommands } from './useCommand';
import { useLoadMarks } from './useLoadMarks';
import { useLog } from './useLog';
import { useRoute, VIEW_LABELS, VIEWS } from './useRoute';
import { useStoredNumber } from './useStoredNumber';
import './dashboard.css';

export function DashboardApp() {
  return (
    <CommandProvider>
      <Dashboard />
    </CommandProvider>
  );
}

function Dashboard() {
  const log = useLog();
  const [route, go] = useRoute();
  const { run, notifyDeleted } = useCommands();
  const [staleDays, setStaleDays] = useStoredNumber('tasklens.staleDays', 14, 1, 365);
  // Kept here so the table's search and filters survive a visit to another view.
  const [filter, setFilter] = useState<RowFilter>(NO_FILTER);
  const [sort, setSort] = useState<RowSort>({ key: 'updatedAt', dir: 'desc' });
  useLoadMarks(log !== undefined, log?.complete ?? false);

  const open = useCallback((id: string) => go({ app: id }), [go]);
  const showInTable = (only: Partial<RowFilter>) => {
    setFilter({ ...NO_FILTER, ...only });
    go({ view: 'table' });
  };
  const remove = async (record: ApplicationRecord) => {
    const done = await run({ type: 'application:delete', id: record.id });
    if (!done) return;
    go({ app: undefined });
    notifyDeleted(`Deleted “${record.listing.title}”.`, done.batch);
  };

  return (
    <div className="dashboard">
      <header className="top">
        <div className="brand">
          <h1>TaskLens</h1>
          <p className="muted">
            {!log
              ? 'Opening your log…'
              : log.complete
                ? `${plural(log.rows.length, 'application')} · ${plural(log.platforms.length, 'platform')}`
                : 'Loading all applications…'}
          </p>
        </div>
        <nav className="tabs" aria-label="Views">
          {VIEWS.map((v) => (
            <a key={v} href={`#view=${v}`} aria-current={route.view === v ? 'page' : undefined}>
              {VIEW_LABELS[v]}
            </a>
          ))}
        </nav>
        <div className="top-tools">
          <StorageStatus />
          <TransferControls />
        </div>
      </header>
      <Notices />
      <main className="content">
        {!log ? (
          <p className="muted">Loading your log…</p>
        ) : log.rows.length === 0 && log.platforms.length === 0 ? (
          <p className="empty" data-testid="empty-log">
            Nothing saved yet. Open a listing and press “Save to my log”.
          </p>
        ) : !log.complete && route.view !== 'table' ? (
          <p className="muted">Loading your applications…</p>
        ) : route.view === 'board' ? (
          <PipelineBoard
            log={log}
            platformId={route.platform}
            onPlatform={(platform) => go({ platform })}
            onOpen={open}
            onShowInTable={(platformId: string, stage: Stage) => showInTable({ platformId, stage })}
          />
        ) : route.view === 'insights' ? (
          <InsightsView
            log={log}
            platformId={route.platform ?? ''}
            onPlatform={(platform) => go({ platform })}
            staleDays={staleDays}
            onStaleDays={setStaleDays}
            onOpen={open}
            onShowStale={() => showInTable({ staleDays, platformId: route.platform ?? '' })}
          />
        ) : route.view === 'platforms' ? (
          <PlatformsView log={log} platformId={route.platform} onPlatform={(platform) => go({ platform })} />
        ) : (
          <TableView
            log={log}
            staleDays={staleDays}
            onOpen={open}
            filter={filter}
            onFilter={setFilter}
            sort={sort}
            onSort={setSort}
          />
        )}
      </main>
      {log && route.app && (
        <ApplicationDetail
          key={route.app}
          id={route.app}
          platformName={log.platformName}
          onClose={() => go({ app: undefined })}
          onDelete={remove}
        />
      )}
    </div>
  );
}
