import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { db } from '@/components/shared/db';
import { countApplications } from '@/lib/db/applications';
import { countEvents } from '@/lib/db/history';
import type { ExportKind } from '@/lib/transfer/file-format';
import { exportLog, EXPORT_LABELS, letGoOfWarmWorker, warmUpExport } from './exportLog';
import { ImportDialog } from './ImportDialog';
import { ProgressLine } from './ProgressLine';
import { useProgress } from './progress';
import { SHORTCUTS, useTransferShortcuts } from './useTransferShortcuts';
import { WipeDialog } from './WipeDialog';
import { useCommands } from '@/components/dashboard/useCommand';
import './transfer.css';

type Counts = { applications: number; platforms: number; events: number };

/**
 * The dashboard header's "Your data" menu: export as CSV or JSON, import with a preview, and
 * delete everything. Exports are made in a worker and downloaded through a blob link.
 */
export function TransferControls() {
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const [importing, setImporting] = useState(false);
  const [wipeCounts, setWipeCounts] = useState<Counts | null>(null);
  // Results go to the dashboard's own notices, which dismiss themselves or wait for the user.
  const { notify } = useCommands();
  const { progress, visible, busy, report, finish } = useProgress();
  const root = useRef<HTMLDivElement>(null);
  // Set at once, where `busy` waits for a render: a second press in the same moment (a click and
  // the shortcut) starts nothing.
  const exporting = useRef(false);

  const runExport = useCallback(
    async (kind: ExportKind) => {
      setOpen(false);
      if (exporting.current) return;
      exporting.current = true;
      report('Reading your log…');
      try {
        const fileName = await exportLog(kind, (label) => report(label));
        notify({ text: `Saved ${fileName} to your downloads.`, tone: 'info' });
      } catch (error) {
        notify({
          text: `Export failed: ${error instanceof Error ? error.message : String(error)}`,
          tone: 'error',
        });
      } finally {
        exporting.current = false;
        finish();
      }
    },
    [report, finish, notify],
  );
  const openMenu = () => {
    // Not while an export runs: the menu's export buttons are disabled until it ends.
    if (!open && !exporting.current) warmUpExport();
    setOpen(!open);
  };
  const startImport = useCallback(() => {
    setOpen(false);
    letGoOfWarmWorker();
    setImporting(true);
  }, []);
  const startWipe = async () => {
    setOpen(false);
    letGoOfWarmWorker();
    const [applications, platforms, events] = await Promise.all([
      countApplications(db),
      db.platforms.count(),
      countEvents(db),
    ]);
    setWipeCounts({ applications, platforms, events });
  };
  const backup = useCallback(() => void runExport('backup'), [runExport]);
  useTransferShortcuts(backup, startImport);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    const onClick = (e: MouseEvent) => !root.current?.contains(e.target as Node) && setOpen(false);
    window.addEventListener('keydown', onKey);
    window.addEventListener('mousedown', onClick);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  return (
    <div className="transfer" ref={root} data-testid="transfer-controls">
      <button type="button" aria-expanded={open} aria-controls={menuId} onClick={openMenu}>
        Your data ▾
      </button>
      {open && (
        <div id={menuId} className="transfer-menu" role="group" aria-label="Export, import and delete">
          <p className="transfer-menu-title">Export</p>
          {(['applications', 'events', 'backup'] as const).map((kind) => (
            <button
              key={kind}
              type="button"
              disabled={busy}
              onClick={() => void runExport(kind)}
              aria-keyshortcuts={kind === 'backup' ? SHORTCUTS.backup : undefined}
            >
              {EXPORT_LABELS[kind]}
              {kind === 'backup' && <kbd>{SHORTCUTS.backup}</kbd>}
            </button>
          ))}
          <hr />
          <button type="button" onClick={startImport} aria-keyshortcuts={SHORTCUTS.import}>
            Import…<kbd>{SHORTCUTS.import}</kbd>
          </button>
          <button type="button" className="danger" onClick={() => void startWipe()}>
            Delete everything…
          </button>
        </div>
      )}
      {visible && progress && (
        <div className="transfer-progress-float">
          <ProgressLine progress={progress} />
        </div>
      )}
      {importing && (
        <ImportDialog
          onClose={() => setImporting(false)}
          onImported={(text) => notify({ text, tone: 'info' })}
        />
      )}
      {wipeCounts && (
        <WipeDialog
          counts={wipeCounts}
          onClose={() => setWipeCounts(null)}
          onExportFirst={backup}
          onWiped={(text) => notify({ text, tone: 'info' })}
        />
      )}
    </div>
  );
}
