import type { Flag, Risk, Severity } from './types';
import { findFlagRecord } from './flags/all-flags';

/**
 * How a listing's red flags add up to one answer: how likely following it costs the worker
 * money, identity or unpaid work. Gaps (no rate, no company named) are facts, not risk.
 * - any `high` finding is a hallmark of a scam on its own;
 * - `medium` findings are real warning signs: one means caution; with any other finding (a
 *   chat-app recruiter who also calls the work "very simple") it is the pattern of a scam;
 * - `low` findings only count beside others: two of them make caution.
 */
const POINTS: Record<Severity, number> = { low: 1, medium: 2, high: 3 };
const HIGH_POINTS = 3;
const CAUTION_POINTS = 2;

const titleOf = (id: string) => findFlagRecord(id)?.title ?? id;

export function assessRisk(redFlags: readonly Flag[]): Risk {
  const worstFirst = [...redFlags].sort((a, b) => POINTS[b.severity] - POINTS[a.severity]);
  const high = worstFirst.find((f) => f.severity === 'high');
  if (high)
    return {
      level: 'high',
      reason: `${titleOf(high.id)}: a hallmark of job scams.`,
    };
  const points = redFlags.reduce((sum, f) => sum + POINTS[f.severity], 0);
  const serious = worstFirst.filter((f) => f.severity === 'medium');
  if (points >= HIGH_POINTS && serious.length) {
    const names = worstFirst.slice(0, 2).map((f) => titleOf(f.id).toLowerCase());
    return {
      level: 'high',
      reason: `Warning signs together: ${names.join(' and ')}, the pattern of a job scam.`,
    };
  }
  if (points >= CAUTION_POINTS) {
    const more = redFlags.length > 1 ? ` (and ${redFlags.length - 1} more)` : '';
    return {
      level: 'caution',
      reason: `Check before you go on: ${titleOf(worstFirst[0].id).toLowerCase()}${more}.`,
    };
  }
  if (redFlags.length)
    return {
      level: 'low',
      reason: `One minor sign to keep in mind: ${titleOf(redFlags[0].id).toLowerCase()}.`,
    };
  return { level: 'low', reason: 'Nothing here asks for money, documents or a move off the platform.' };
}
