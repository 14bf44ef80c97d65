import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { db } from '@/components/shared/db';
import { countApplications } from '@/lib/db/applications';
import { countEvents } from '@/lib/db/history';
import type { ExportKind } from '@/lib/transfer/format';
import { exportLog, EXPORT_LABELS, warmUpExport } from './exportLog';
import { ImportDialog } from './ImportDialog';
import { ProgressLine } from './ProgressLine';
import { useProgress } from './progress';
import { SHORTCUTS, useTransferShortcuts } from './useTransferShortcuts';
import { WipeDialog } from './WipeDialog';
import './transfer.css';

type Counts = { applications: number; platforms: number; events: number };

/** How long a notice that went well stays up. */
const STATUS_SHOWN_MS = 10_000;

/**
 * The dashboard header's "Your data" menu: export as CSV or JSON, import with a preview, and
 * delete everything. Exports are made in a worker and downloaded through a blob link.
 */
export function TransferControls() {
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const [importing, setImporting] = useState(false);
  const [wipeCounts, setWipeCounts] = useState<Counts | null>(null);
  const [status, setStatus] = useState<{ text: string; tone: 'info' | 'error' } | null>(null);
  const [noticeHeld, setNoticeHeld] = useState(false);
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
        setStatus({ text: `Saved ${fileName} to your downloads.`, tone: 'info' });
      } catch (error) {
        setStatus({
          text: `Export failed: ${error instanceof Error ? error.message : String(error)}`,
          tone: 'error',
        });
      } finally {
        exporting.current = false;
        finish();
      }
    },
    [report, finish],
  );
  const openMenu = () => {
    if (!open) warmUpExport();
    setOpen(!open);
  };
  const startImport = useCallback(() => {
    setOpen(false);
    setImporting(true);
  }, []);
  const startWipe = async () => {
    setOpen(false);
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

  // A result notice floats over the page, so one that went well steps aside after a while;
  // an error stays until dismissed.
  // Not while the pointer or focus is on it, so it never vanishes from under a reader.
  useEffect(() => {
    if (status?.tone !== 'info' || noticeHeld) return;
    const timer = setTimeout(() => setStatus(null), STATUS_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [status, noticeHeld]);

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
      <div className="transfer-notices">
        {visible && progress && <ProgressLine progress={progress} />}
        <div
          className="transfer-notice"
          onMouseEnter={() => setNoticeHeld(true)}
          onMouseLeave={() => setNoticeHeld(false)}
          onFocus={() => setNoticeHeld(true)}
          onBlur={() => setNoticeHeld(false)}
        >
          <p
            className={`transfer-status ${status?.tone === 'error' ? 'transfer-error' : ''}`}
            role="status"
            data-testid="transfer-status"
          >
            {status?.text}
          </p>
          {status && (
            <button
              type="button"
              className="transfer-dismiss"
              aria-label="Dismiss"
              onClick={() => {
                setStatus(null);
                setNoticeHeld(false);
              }}
            >
              ×
            </button>
          )}
        </div>
      </div>
      {importing && (
        <ImportDialog
          onClose={() => setImporting(false)}
          onImported={(text) => setStatus({ text, tone: 'info' })}
        />
      )}
      {wipeCounts && (
        <WipeDialog
          counts={wipeCounts}
          onClose={() => setWipeCounts(null)}
          onExportFirst={backup}
          onWiped={(text) => setStatus({ text, tone: 'info' })}
        />
      )}
    </div>
  );
}
