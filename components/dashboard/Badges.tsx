import type { RiskLevel } from '@/lib/analysis/types';
import { OUTCOME_LABELS, STAGE_LABELS, type Outcome, type Stage } from '@/lib/model/stages';
import { RISK_LABELS } from '@/components/shared/risk';

export function RiskLevelBadge({ level }: { level: RiskLevel | undefined }) {
  if (!level) return <span className="badge badge-none">Not read</span>;
  return <span className={`badge risk-${level}`}>{RISK_LABELS[level]}</span>;
}

export function StageBadge({ stage }: { stage: Stage }) {
  return <span className={`badge stage stage-${stage}`}>{STAGE_LABELS[stage]}</span>;
}

export function OutcomeBadge({ outcome }: { outcome: Outcome | undefined }) {
  if (!outcome) return null;
  return <span className={`badge outcome outcome-${outcome}`}>{OUTCOME_LABELS[outcome]}</span>;
}
