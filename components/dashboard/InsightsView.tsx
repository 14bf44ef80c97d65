import { useMemo } from 'react';
import { funnel, rowsOfPlatform, timeInStages } from '@/lib/db/log-stats';
import { STAGE_LABELS } from '@/lib/model/stages';
import { BarChart } from './BarChart';
import { formatDays, plural } from './display';
import { FunnelChart } from './FunnelChart';
import { PlatformMatrix } from './PlatformMatrix';
import { StaleList } from './StaleList';
import type { Log } from './useLog';
import './charts.css';

interface Props {
  log: Log;
  platformId: string;
  onPlatform: (id: string) => void;
  staleDays: number;
  onStaleDays: (days: number) => void;
  onOpen: (id: string) => void;
  onShowStale: () => void;
}

/** The log as pictures: funnel, time per stage, unpaid screening hours, and what has gone quiet. */
export function InsightsView({
  log,
  platformId,
  onPlatform,
  staleDays,
  onStaleDays,
  onOpen,
  onShowStale,
}: Props) {
  const scoped = useMemo(() => rowsOfPlatform(log.rows, platformId), [log.rows, platformId]);
  const scopeName = platformId ? log.platformName(platformId) : 'All platforms';
  const data = useMemo(() => funnel(scoped), [scoped]);
  const times = useMemo(() => timeInStages(scoped), [scoped]);
  const hours = log.platforms.filter((p) => p.unpaidHours > 0).sort((a, b) => b.unpaidHours - a.unpaidHours);
  const totalHours = hours.reduce((sum, p) => sum + p.unpaidHours, 0);

  return (
    <section className="insights" aria-labelledby="insights-title">
      <h2 id="insights-title" className="sr-only">
        Insights: {scopeName}
      </h2>
      <div className="board-toolbar">
        <div className="field">
          <label htmlFor="insights-platform">Show</label>
          <select id="insights-platform" value={platformId} onChange={(e) => onPlatform(e.target.value)}>
            <option value="">All platforms</option>
            {log.platforms.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="insight-grid">
        <FunnelChart data={data} title={scopeName} />
        <BarChart
          title="Time in each stage"
          caption="median days before moving on (or until now)"
          testId="stage-times"
          bars={times
            .filter((t) => t.count)
            .map((t) => ({
              key: t.stage,
              label: STAGE_LABELS[t.stage],
              value: t.medianDays,
              text: formatDays(t.medianDays),
              note: `${plural(t.count, 'application')}${t.ongoing ? `, ${t.ongoing} still there` : ''}`,
            }))}
        />
        <BarChart
          title="Unpaid screening hours"
          caption={`${Math.round(totalHours * 10) / 10} h in total; edit them under Platforms`}
          testId="unpaid-hours"
          bars={hours.map((p) => ({
            key: p.id,
            label: p.name,
            value: p.unpaidHours,
            text: `${p.unpaidHours} h`,
          }))}
        />
        <StaleList
          rows={scoped}
          days={staleDays}
          onDays={onStaleDays}
          platformName={log.platformName}
          onOpen={onOpen}
          onShowAll={onShowStale}
        />
      </div>
      {!platformId && <PlatformMatrix log={log} onPick={onPlatform} />}
    </section>
  );
}
