import type { PayAmount } from '@/lib/analysis/types';

const PER_TASK_UNITS = new Set<PayAmount['unit']>(['task', 'item']);

/** The per-task or per-item amount to estimate from: a stated rate, a ceiling only as a last resort. */
export function perTaskRate(pay: PayAmount[]): PayAmount | undefined {
  const perTask = pay.filter((p) => PER_TASK_UNITS.has(p.unit));
  return perTask.find((p) => p.kind === 'base') ?? perTask[0];
}
