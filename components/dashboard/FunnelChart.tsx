import type { Funnel } from '@/lib/db/log-stats';
import { OUTCOME_LABELS, OUTCOMES, STAGE_LABELS } from '@/lib/model/stages';

const ROW = 44;
const LABEL_W = 150;
const BAR_W = 300;
const WIDTH = LABEL_W + BAR_W + 140;

function percent(part: number, whole: number) {
  return whole ? `${Math.round((part / whole) * 100)}%` : '–';
}

/**
 * How many applications reached each stage, drawn as a funnel: centred bars, widest at the top.
 * The picture is labelled for screen readers by the same numbers it shows.
 */
export function FunnelChart({ data, title }: { data: Funnel; title: string }) {
  const top = data.steps[0]?.reached || 1;
  const summary = data.steps.map((s) => `${STAGE_LABELS[s.stage]}: ${s.reached}`).join(', ');
  return (
    <figure className="chart funnel" data-testid="funnel">
      <figcaption>
        <strong>{title}</strong> <span className="muted">— how many reached each stage</span>
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${data.steps.length * ROW}`}
        role="img"
        aria-label={`${title}. ${summary}.`}
      >
        {data.steps.map((step, i) => {
          const w = Math.max(2, (step.reached / top) * BAR_W);
          const y = i * ROW;
          const previous = i ? data.steps[i - 1].reached : step.reached;
          return (
            <g key={step.stage} data-testid={`funnel-${step.stage}`} data-reached={step.reached}>
              <text x={0} y={y + ROW / 2 + 5} className="chart-label">
                {STAGE_LABELS[step.stage]}
              </text>
              <rect
                x={LABEL_W + (BAR_W - w) / 2}
                y={y + 6}
                width={w}
                height={ROW - 12}
                rx={5}
                className={`funnel-bar funnel-${i}`}
              />
              <text x={LABEL_W + BAR_W + 12} y={y + ROW / 2 + (i ? 0 : 5)} className="chart-value">
                {step.reached.toLocaleString()}
              </text>
              {i > 0 && (
                <text x={LABEL_W + BAR_W + 12} y={y + ROW / 2 + 15} className="chart-note">
                  {percent(step.reached, previous)} of previous
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <p className="outcome-line">
        {OUTCOMES.filter((o) => data.outcomes[o]).map((o) => (
          <span key={o} className={`badge outcome outcome-${o}`}>
            {OUTCOME_LABELS[o]}: {data.outcomes[o].toLocaleString()}
          </span>
        ))}
        {OUTCOMES.every((o) => !data.outcomes[o]) && <span className="muted">No outcomes recorded yet.</span>}
      </p>
    </figure>
  );
}
