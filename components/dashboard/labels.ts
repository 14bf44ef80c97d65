import { PAY_BASIS_INFO, TASK_TYPE_INFO } from '@/lib/analysis/catalog';
import type { PayBasisId, TaskTypeId } from '@/lib/analysis/types';

export const TASK_TYPE_LABELS = Object.fromEntries(
  Object.entries(TASK_TYPE_INFO).map(([id, info]) => [id, info.title]),
) as Record<TaskTypeId, string>;

export function payBasisLabel(id: PayBasisId): string {
  return PAY_BASIS_INFO[id]?.title ?? humanise(id);
}

/** `fee_before_work` → "Fee before work". */
function humanise(id: string): string {
  const words = id.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
