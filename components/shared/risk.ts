import type { RiskLevel } from '@/lib/analysis/types';

/** Words, not only colour, carry the level: the badge and the collapsed tab read the same. */
export const RISK_LABELS: Record<RiskLevel, string> = {
  low: 'Low risk',
  caution: 'Caution',
  high: 'High risk',
};

export const RISK_ICONS: Record<RiskLevel, string> = {
  low: '✓',
  caution: '!',
  high: '✕',
};
