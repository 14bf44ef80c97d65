import type { RiskLevel } from '@/lib/analysis/types';
import { RISK_ICONS, RISK_LABELS } from '@/components/shared/risk';

interface Props {
  title: string;
  risk: RiskLevel | null;
  notAiWork: boolean;
  onExpand: () => void;
  buttonRef: React.Ref<HTMLButtonElement>;
}

/**
 * The panel folded to a narrow tab. The risk comes first, in words and in its colour; then whether
 * this is AI work at all, then the listing's own title, quoted. Its text is what a screen reader
 * announces, so it says the same.
 */
export function CollapsedTab({ title, risk, notAiWork, onExpand, buttonRef }: Props) {
  const status = risk ? RISK_LABELS[risk] : 'Reading';
  const quoted = `“${title}”`;
  return (
    <main className="tab-main">
      <h1 className="visually-hidden">TaskLens, folded</h1>
      <button
        type="button"
        ref={buttonRef}
        className={`tab tab-${risk ?? 'none'}`}
        onClick={onExpand}
        title={`Open TaskLens: ${status}${notAiWork ? ' · No AI task found' : ''} · ${quoted}`}
        data-testid="collapsed-tab"
      >
        <span className="tab-icon" aria-hidden="true">
          {risk ? RISK_ICONS[risk] : '◆'}
        </span>
        <span className="tab-text">
          <span className="visually-hidden">Open TaskLens: </span>
          <strong className="tab-risk" data-testid="tab-risk">
            {status}
          </strong>
          {notAiWork && <span className="tab-kind"> · No AI task found</span>}
          <span className="tab-title"> · {quoted}</span>
        </span>
      </button>
    </main>
  );
}
