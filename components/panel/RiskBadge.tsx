import type { Risk } from '@/lib/analysis/types';
import { RISK_ICONS, RISK_LABELS } from '@/components/shared/risk';

function jumpToFlags() {
  const heading = document.getElementById('flags-heading');
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

interface Props {
  risk: Risk;
  redFlagCount: number;
  headingRef: React.Ref<HTMLHeadingElement>;
}

/** TaskLens's verdict, the panel's heading: always above anything the listing says of itself. */
export function RiskBadge({ risk, redFlagCount, headingRef }: Props) {
  return (
    <div className={`risk risk-${risk.level}`} data-testid="risk">
      <h1 className="risk-level" data-testid="verdict" ref={headingRef} tabIndex={-1}>
        <span className="risk-icon" aria-hidden="true">
          {RISK_ICONS[risk.level]}
        </span>
        {RISK_LABELS[risk.level]}
      </h1>
      <p className="risk-reason">{risk.reason}</p>
      {redFlagCount > 0 && (
        <button type="button" className="link-button risk-jump" onClick={jumpToFlags}>
          {redFlagCount === 1 ? 'See the red flag' : `See all ${redFlagCount} red flags`}
        </button>
      )}
    </div>
  );
}
