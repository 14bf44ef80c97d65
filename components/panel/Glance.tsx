import { TASK_TYPE_INFO } from '@/lib/analysis/catalog';
import { effectiveHourly, perTaskRate, type HourlyAssumptions } from '@/lib/analysis/effective-hourly';
import type { Analysis } from '@/lib/analysis/types';
import { formatPay, formatRange } from '@/components/shared/pay-format';

function workSummary(titles: string[]): string {
  const named = titles.slice(0, 2).join(', ');
  return titles.length > 2 ? `${named} +${titles.length - 2} more` : named;
}

/** The listing in two lines: what the work is and what it pays, before any detail. */
interface Props {
  analysis: Analysis;
  /** The pay as the listing states it, shown when no amount could be read from it. */
  payText: string | undefined;
  assumptions: HourlyAssumptions;
}

export function Glance({ analysis, payText, assumptions }: Props) {
  // Strongest first, as the analysis orders them.
  const types = analysis.taskTypes;
  const base = analysis.pay.find((p) => p.kind === 'base');
  const claim = analysis.pay.find((p) => p.kind === 'claim');
  const perTask = perTaskRate(analysis.pay);
  const hourly = perTask ? effectiveHourly(perTask, assumptions) : null;
  return (
    <dl className="glance" data-testid="glance">
      <div>
        <dt>Work</dt>
        <dd>{types.length ? workSummary(types.map((t) => TASK_TYPE_INFO[t.id].title)) : 'Not described'}</dd>
      </div>
      <div>
        <dt>Pay</dt>
        <dd data-testid="glance-pay">
          {base
            ? formatPay(base)
            : claim
              ? `${formatPay(claim)} at most (a claim)`
              : payText
                ? `“${payText}” (as listed)`
                : 'Not stated'}
          {hourly?.ok && (
            <span className="muted">
              {' '}
              · about {formatRange(hourly.min, hourly.max, hourly.currency)}/h with your numbers
            </span>
          )}
        </dd>
      </div>
    </dl>
  );
}
