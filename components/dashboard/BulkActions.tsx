import { useEffect, useState } from 'react';
import type { AppRow } from '@/lib/db/log-rows';
import { STAGE_LABELS, type Stage } from '@/lib/model/stages';
import { plural } from './display';
import { useCommands } from './useCommand';
import { StageOptions } from '@/components/shared/StageOptions';
import { MAX_IDS_PER_COMMAND } from '@/lib/model/limits';

/** Acts on every application the current filters show: move them all, or delete them (undoable). */
export function BulkActions({ rows }: { rows: AppRow[] }) {
  const { run, notify, notifyDeleted } = useCommands();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!confirming) return;
    const timer = setTimeout(() => setConfirming(false), 6000);
    return () => clearTimeout(timer);
  }, [confirming]);
  if (!rows.length) return null;
  const ids = rows.map((r) => r.id);
  const count = plural(rows.length, 'application');

  const moveAll = async (stage: Stage) => {
    setBusy(true);
    if (await run({ type: 'applications:stage', ids, stage })) {
      notify({ tone: 'info', text: `Moved ${count} to ${STAGE_LABELS[stage]}.` });
    }
    setBusy(false);
  };
  const deleteAll = async () => {
    setConfirming(false);
    setBusy(true);
    const done = await run({ type: 'applications:delete', ids });
    setBusy(false);
    if (!done) return;
    notifyDeleted(`Deleted ${plural(done.count, 'application')}.`, done.batch);
  };

  if (rows.length > MAX_IDS_PER_COMMAND) {
    return (
      <p className="bulk muted">
        Narrow the filters to {MAX_IDS_PER_COMMAND.toLocaleString()} or fewer to change them together.
      </p>
    );
  }
  return (
    <div className="bulk" role="group" aria-label={`Change the ${count} shown`}>
      <span className="muted">With the {count} shown:</span>
      <select
        aria-label="Move them all to"
        value=""
        disabled={busy}
        onChange={(e) => e.target.value && void moveAll(e.target.value as Stage)}
      >
        <option value="">Move all to…</option>
        <StageOptions />
      </select>
      {confirming ? (
        <button type="button" className="danger" onClick={deleteAll} disabled={busy}>
          Yes, delete {count}
        </button>
      ) : (
        <button type="button" className="danger" onClick={() => setConfirming(true)} disabled={busy}>
          Delete all shown…
        </button>
      )}
    </div>
  );
}
