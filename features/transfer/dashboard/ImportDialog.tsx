import { useEffect, useRef, useState } from 'react';
import { TransferError } from '@/lib/transfer/errors';
import { formatMegabytes, MAX_IMPORT_FILE_BYTES } from '@/lib/transfer/file-format';
import type { ImportMode } from '@/lib/transfer/payload';
import { changesNothing, type ImportSummary } from '@/lib/transfer/plan';
import { describeSummary, ImportPreview } from './ImportPreview';
import { applyPicked, pickFiles, previewPicked, releasePicked, type PickedImport } from './importSteps';
import { ProgressLine } from './ProgressLine';
import { useProgress } from './progress';

interface Props {
  onClose: () => void;
  onImported: (message: string) => void;
}

interface Problem {
  message: string;
  details: string[];
}

function problemOf(error: unknown): Problem {
  if (error instanceof TransferError) return { message: error.summary, details: error.details };
  return { message: error instanceof Error ? error.message : String(error), details: [] };
}

/**
 * Choose files, see what they would change, then import. The background fetches the files, checks
 * every record, previews and writes. Errors are shown as text, never as markup from
 * the file.
 */
export function ImportDialog({ onClose, onImported }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { progress, visible, busy, report, finish } = useProgress();
  const [picked, setPicked] = useState<PickedImport | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  // The chosen files stay readable by the background until another choice or the dialog closes.
  useEffect(() => () => releasePicked(picked), [picked]);
  const open = useRef(true);
  useEffect(() => {
    open.current = true;
    return () => {
      open.current = false;
    };
  }, []);

  const choose = async (files: File[]) => {
    setPicked(null);
    setSummary(null);
    setProblem(null);
    // Each new choice starts from the safe default: merge, which removes nothing.
    setMode('merge');
    if (!files.length) return;
    try {
      const result = await pickFiles(files, report);
      // Closed while the files were being checked: nothing will use them.
      if (!open.current) return releasePicked(result.picked);
      setPicked(result.picked);
      setSummary(result.summary);
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      finish();
    }
  };

  const changeMode = async (next: ImportMode) => {
    if (!picked) return;
    setMode(next);
    setSummary(null);
    setProblem(null);
    try {
      setSummary(await previewPicked(picked, next, report));
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      finish();
    }
  };

  const apply = async () => {
    if (!picked || !summary) return;
    setProblem(null);
    try {
      const done = await applyPicked(picked, mode, summary, report);
      onImported(describeSummary(done));
      dialog.current?.close();
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      finish();
    }
  };

  return (
    <dialog
      ref={dialog}
      className="transfer-dialog"
      aria-labelledby="import-title"
      onClose={onClose}
      data-testid="import-dialog"
    >
      <h2 id="import-title">Import into your log</h2>
      <p className="muted">
        A TaskLens JSON backup, or TaskLens CSV files (applications, history, or both together). Up to{' '}
        {formatMegabytes(MAX_IMPORT_FILE_BYTES)}. You will see what changes before anything is written.
      </p>
      <label className="file-pick">
        <span>Files to import</span>
        <input
          type="file"
          accept=".json,.csv,application/json,text/csv"
          multiple
          disabled={busy}
          onChange={(e) => void choose(Array.from(e.currentTarget.files ?? []))}
        />
      </label>

      {visible && progress && <ProgressLine progress={progress} />}

      {problem && (
        <div role="alert" className="transfer-error" data-testid="import-error">
          <p>{problem.message}</p>
          {problem.details.length > 0 && (
            <ul>
              {problem.details.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      {picked && (
        <fieldset className="import-mode" disabled={busy}>
          <legend>How to import</legend>
          <label>
            <input
              type="radio"
              name="import-mode"
              checked={mode === 'merge'}
              onChange={() => void changeMode('merge')}
            />
            Merge into my log: keep everything I have, add what is new, take the newer copy where both have
            one
          </label>
          {picked.kind === 'backup' && (
            <label>
              <input
                type="radio"
                name="import-mode"
                checked={mode === 'replace'}
                onChange={() => void changeMode('replace')}
              />
              Replace my log with this backup: afterwards the log holds exactly what the file holds
            </label>
          )}
        </fieldset>
      )}
      {picked && summary && (
        <>
          <ImportPreview summary={summary} />
          {picked.notes.map((note, i) => (
            <p key={i} className="muted small">
              {note}
            </p>
          ))}
        </>
      )}

      <div className="dialog-actions">
        <button type="button" onClick={() => dialog.current?.close()} disabled={busy && !problem}>
          Cancel
        </button>
        <button
          type="button"
          className={mode === 'replace' ? 'danger' : 'primary'}
          disabled={!picked || !summary || busy || changesNothing(summary)}
          onClick={() => void apply()}
        >
          {summary && changesNothing(summary)
            ? 'Nothing to import'
            : mode === 'replace'
              ? 'Replace my log'
              : 'Import'}
        </button>
      </div>
    </dialog>
  );
}
