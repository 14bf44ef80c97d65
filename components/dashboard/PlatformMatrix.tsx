import { useMemo } from 'react';
import { funnel, rowsByPlatform } from '@/lib/db/log-stats';
import { STAGE_LABELS, STAGES } from '@/lib/model/stages';
import type { Log } from './useLog';

const MAX_PLATFORMS = 12;

/** Per-platform funnel as a heat table: each cell is how many reached that stage there. */
export function PlatformMatrix({ log, onPick }: { log: Log; onPick: (platformId: string) => void }) {
  const lines = useMemo(() => {
    return [...rowsByPlatform(log.rows)]
      .map(([id, rows]) => ({ id, name: log.platformName(id), data: funnel(rows) }))
      .sort((a, b) => b.data.total - a.data.total)
      .slice(0, MAX_PLATFORMS);
  }, [log]);
  if (!lines.length) return null;
  return (
    <figure className="chart matrix">
      <figcaption>
        <strong>By platform</strong>{' '}
        <span className="muted">— reached each stage (darker = more of that platform’s applications)</span>
      </figcaption>
      <div className="matrix-scroll">
        <table data-testid="platform-matrix">
          <thead>
            <tr>
              <th scope="col">Platform</th>
              {STAGES.map((s) => (
                <th key={s} scope="col">
                  {STAGE_LABELS[s]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.id}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onPick(line.id)}>
                    {line.name}
                  </button>
                </th>
                {line.data.steps.map((step) => {
                  const share = line.data.total ? step.reached / line.data.total : 0;
                  return (
                    <td
                      key={step.stage}
                      className="heat"
                      style={{ ['--heat' as string]: `${Math.round(share * 100)}%` }}
                    >
                      {step.reached ? step.reached.toLocaleString() : '·'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
