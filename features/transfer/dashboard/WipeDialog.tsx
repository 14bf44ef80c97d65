import { useEffect, useRef, useState } from 'react';
import { send } from '@/components/shared/send';
import { WIPE_CONFIRMATION } from '@/lib/transfer/wipe';

interface Props {
  counts: { applications: number; platforms: number; events: number };
  onExportFirst: () => void;
  onClose: () => void;
  onWiped: (message: string) => void;
}

/** Deleting everything cannot be undone, so it asks once more, names what goes, and offers a backup. */
export function WipeDialog({ counts, onExportFirst, onClose, onWiped }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState('');
  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const wipe = async () => {
    setWorking(true);
    setError('');
    try {
      const gone = await send({ type: 'db:wipe', confirm: WIPE_CONFIRMATION });
      onWiped(
        `Deleted ${gone.applications.toLocaleString()} applications, ${gone.platforms.toLocaleString()} platforms and ${gone.events.toLocaleString()} history entries.`,
      );
      dialog.current?.close();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setWorking(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="transfer-dialog"
      aria-labelledby="wipe-title"
      onClose={onClose}
      data-testid="wipe-dialog"
    >
      <h2 id="wipe-title">Delete everything?</h2>
      <p>
        This deletes all {counts.applications.toLocaleString()} applications,{' '}
        {counts.platforms.toLocaleString()} platforms and {counts.events.toLocaleString()} history entries
        from this browser. It cannot be undone; a backup you exported can bring them back.
      </p>
      {error && (
        <p role="alert" className="transfer-error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" autoFocus onClick={() => dialog.current?.close()} disabled={working}>
          Cancel
        </button>
        <button type="button" onClick={onExportFirst} disabled={working}>
          Export a backup first
        </button>
        <button type="button" className="danger" onClick={() => void wipe()} disabled={working}>
          Delete everything
        </button>
      </div>
    </dialog>
  );
}
