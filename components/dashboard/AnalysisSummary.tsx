import type { Analysis, PayAmount } from '@/lib/analysis/types';
import { formatPay } from '@/components/shared/pay-format';
import { RiskLevelBadge } from './Badges';
import { flagInfoOf } from '@/lib/analysis/flag-info';
import { payBasisLabel, TASK_TYPE_LABELS } from './labels';

function describePay(p: PayAmount): string {
  return `${formatPay(p)}${p.kind === 'claim' ? ' (a claim, not a base rate)' : ''}`;
}

/** What TaskLens read in the listing when it was saved. */
export function AnalysisSummary({ analysis }: { analysis: Analysis | undefined }) {
  if (!analysis) {
    return (
      <section className="detail-section" aria-labelledby="analysis-title">
        <h3 id="analysis-title">Reading</h3>
        <p className="muted">This listing was saved without a reading.</p>
      </section>
    );
  }
  return (
    <section className="detail-section" aria-labelledby="analysis-title">
      <h3 id="analysis-title">Reading at save time</h3>
      <p className="risk-line">
        <RiskLevelBadge level={analysis.risk.level} /> {analysis.risk.reason}
      </p>
      <dl className="facts">
        <div>
          <dt>Task types</dt>
          <dd>{analysis.taskTypes.map((t) => TASK_TYPE_LABELS[t.id]).join(', ') || 'None detected'}</dd>
        </div>
        <div>
          <dt>Pay basis</dt>
          <dd>{analysis.payBases.map((b) => payBasisLabel(b.id)).join(', ') || 'Not stated'}</dd>
        </div>
        <div>
          <dt>Pay</dt>
          <dd>
            {analysis.pay.length ? (
              <ul className="plain">
                {analysis.pay.map((p, i) => (
                  <li key={i}>{describePay(p)}</li>
                ))}
              </ul>
            ) : (
              'No amount found'
            )}
          </dd>
        </div>
      </dl>
      {analysis.redFlags.length > 0 && (
        <>
          <h4>Red flags</h4>
          <ul className="flags bad">
            {analysis.redFlags.map((f) => (
              <li key={f.id}>
                <span className={`sev sev-${f.severity}`}>{f.severity}</span> {flagInfoOf(f.id).title}
                {f.evidence[0] && <q className="evidence">{f.evidence[0].snippet}</q>}
              </li>
            ))}
          </ul>
        </>
      )}
      {analysis.goodSignals.length > 0 && (
        <>
          <h4>Good signs</h4>
          <ul className="flags good">
            {analysis.goodSignals.map((f) => (
              <li key={f.id}>{flagInfoOf(f.id).title}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
