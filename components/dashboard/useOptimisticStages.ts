import { useCallback, useMemo, useState } from 'react';
import type { AppRow } from '@/lib/db/log-rows';
import type { Stage } from '@/lib/model/stages';
import { useCommands } from './useCommand';

interface Pending {
  stage: Stage;
  /** The row's updatedAt when the move was asked for; any newer row supersedes the move. */
  basedOn: string;
}

/**
 * Stage moves show at once. The move stays shown until the live query brings the row back
 * changed (the background confirmed it), so a card never jumps back and forth; a move that
 * fails is dropped here and its error shown.
 */
export function useOptimisticStages(rows: AppRow[]) {
  const { run } = useCommands();
  const [pending, setPending] = useState<ReadonlyMap<string, Pending>>(new Map());
  const move = useCallback(
    async (row: AppRow, stage: Stage) => {
      setPending((p) => new Map(p).set(row.id, { stage, basedOn: row.updatedAt }));
      const done = await run({ type: 'application:stage', id: row.id, stage });
      if (done === undefined) {
        setPending((p) => {
          const next = new Map(p);
          next.delete(row.id);
          return next;
        });
      }
    },
    [run],
  );
  const merged = useMemo(() => {
    if (!pending.size) return rows;
    return rows.map((r) => {
      const move = pending.get(r.id);
      return move && move.basedOn === r.updatedAt ? { ...r, stage: move.stage } : r;
    });
  }, [rows, pending]);
  return { rows: merged, move };
}
