import { GENERAL_RATE_QUESTIONS, PAY_BASIS_INFO } from '@/lib/analysis/catalog';
import { perTaskRate, type HourlyAssumptions } from '@/lib/analysis/effective-hourly';
import type { Analysis, PayAmount } from '@/lib/analysis/types';
import { EvidenceList } from './EvidenceList';
import { formatPay } from '@/components/shared/pay-format';
import { HourlyEstimator } from './HourlyEstimator';
import { GapNotes } from './GapNotes';

interface Props {
  analysis: Analysis;
  payText: string | undefined;
  assumptions: HourlyAssumptions;
  onAssumptions: (next: HourlyAssumptions) => void;
  platformName: string;
}

function AmountList({ amounts, claim }: { amounts: PayAmount[]; claim: boolean }) {
  return (
    <ul className="amounts">
      {amounts.map((a) => (
        <li key={`${a.evidence.start}:${a.evidence.end}`} className={claim ? 'amount is-claim' : 'amount'}>
          <strong>{formatPay(a)}</strong>
          <EvidenceList evidence={[a.evidence]} label={`Where ${formatPay(a)} is stated`} />
        </li>
      ))}
    </ul>
  );
}

export function PaySection({ analysis, payText, assumptions, onAssumptions, platformName }: Props) {
  const base = analysis.pay.filter((p) => p.kind === 'base');
  const claims = analysis.pay.filter((p) => p.kind === 'claim');
  const perTask = perTaskRate(analysis.pay);
  return (
    <section aria-labelledby="pay-heading" data-testid="pay">
      <h2 id="pay-heading">Pay</h2>
      {payText && (
        <p className="pay-as-listed">
          <span className="muted">As listed: </span>
          <span data-testid="listing-pay">{payText}</span>
        </p>
      )}
      {analysis.pay.length === 0 && (
        <p className="muted" data-testid="no-pay">
          No amount is stated. Ask for the rate and how it is counted before you spend time on tests.
        </p>
      )}
      {base.length > 0 && (
        <div data-testid="pay-base">
          <h3>Stated rates</h3>
          <AmountList amounts={base} claim={false} />
        </div>
      )}
      {claims.length > 0 && (
        <div data-testid="pay-claims">
          <h3>Claims, not rates</h3>
          <p className="hint">A ceiling or a boast (“up to”, “top earners”): most people are paid less.</p>
          <AmountList amounts={claims} claim />
          <GapNotes gaps={analysis.gaps} ids={['pay_ceiling_only']} />
        </div>
      )}
      {perTask && (
        <HourlyEstimator
          pay={perTask}
          assumptions={assumptions}
          onChange={onAssumptions}
          platformName={platformName}
        />
      )}
      {analysis.payBases.length > 0 && (
        <div data-testid="pay-bases">
          <h3>How pay is counted</h3>
          <ul className="cards">
            {analysis.payBases.map((basis) => {
              const info = PAY_BASIS_INFO[basis.id];
              return (
                <li key={basis.id} className="card" data-testid={`pay-basis-${basis.id}`}>
                  <h4>{info.title}</h4>
                  <p>{info.meaning}</p>
                  <p className="checks-label">Ask before you trust the number:</p>
                  <ul className="checks">
                    {info.checks.map((q) => (
                      <li key={q}>{q}</li>
                    ))}
                  </ul>
                  <EvidenceList
                    evidence={basis.evidence}
                    label={`Words that show pay is ${info.title.toLowerCase()}`}
                  />
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <details className="more">
        <summary>Questions worth asking about any rate</summary>
        <ul className="checks">
          {GENERAL_RATE_QUESTIONS.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
