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
 * The panel folded to a narrow tab. Its text is what a screen reader announces, so it still says
 * which listing this is and how risky it looks.
 */
export function CollapsedTab({ title, risk, notAiWork, onExpand, buttonRef }: Props) {
  const status = notAiWork ? 'No AI task found' : risk ? RISK_LABELS[risk] : 'Reading';
  return (
    <main className="tab-main">
      <h1 className="visually-hidden">TaskLens, folded</h1>
      <button
        type="button"
        ref={buttonRef}
        className={`tab tab-${notAiWork ? 'none' : (risk ?? 'none')}`}
        onClick={onExpand}
        title={`Open TaskLens: ${status} · ${title}`}
        data-testid="collapsed-tab"
      >
        <span className="tab-icon" aria-hidden="true">
          {risk && !notAiWork ? RISK_ICONS[risk] : '◆'}
        </span>
        <span className="tab-text">
          <span className="visually-hidden">Open TaskLens: </span>
          <strong>{status}</strong> · {title}
        </span>
      </button>
    </main>
  );
}
