import type { Risk } from '@/lib/analysis/types';
import { RISK_ICONS, RISK_LABELS } from '@/components/shared/risk';

function jumpToFlags() {
  const heading = document.getElementById('flags-heading');
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

export function RiskBadge({ risk, redFlagCount }: { risk: Risk; redFlagCount: number }) {
  return (
    <div className={`risk risk-${risk.level}`} data-testid="risk">
      <p className="risk-level">
        <span className="risk-icon" aria-hidden="true">
          {RISK_ICONS[risk.level]}
        </span>
        {RISK_LABELS[risk.level]}
      </p>
      <p className="risk-reason">{risk.reason}</p>
      {redFlagCount > 0 && (
        <button type="button" className="link-button risk-jump" onClick={jumpToFlags}>
          {redFlagCount === 1 ? 'See the red flag' : `See all ${redFlagCount} red flags`}
        </button>
      )}
    </div>
  );
}
