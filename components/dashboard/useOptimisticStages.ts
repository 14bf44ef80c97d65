import { useCallback, useMemo, useState } from 'react';
import type { AppRow } from '@/lib/db/log-rows';
import type { Stage } from '@/lib/model/stages';
import { useCommands } from './useCommand';

/**
 * Stage moves show at once; the background confirms them and the live query catches up.
 * A move that fails is undone here and its error shown.
 */
export function useOptimisticStages(rows: AppRow[]) {
  const { run } = useCommands();
  const [pending, setPending] = useState<ReadonlyMap<string, Stage>>(new Map());
  const move = useCallback(
    async (id: string, stage: Stage) => {
      setPending((p) => new Map(p).set(id, stage));
      await run({ type: 'application:stage', id, stage });
      setPending((p) => {
        const next = new Map(p);
        next.delete(id);
        return next;
      });
    },
    [run],
  );
  const merged = useMemo(
    () =>
      pending.size
        ? rows.map((r) => (pending.has(r.id) ? { ...r, stage: pending.get(r.id) as Stage } : r))
        : rows,
    [rows, pending],
  );
  return { rows: merged, move };
}
