import { useEffect } from 'react';
import { useCommands } from './useCommand';

/**
 * Messages about what just happened: confirmations (with Undo where it applies) in a polite live
 * region, errors as alerts. Ctrl/⌘+Z runs the latest Undo while it is shown.
 */
export function Notices() {
  const { notices, dismiss } = useCommands();
  const undoable = [...notices].reverse().find((n) => n.action);
  useEffect(() => {
    if (!undoable?.action) return;
    const onKey = (e: KeyboardEvent) => {
      const field = (e.target as HTMLElement | null)?.closest('input, textarea, select');
      if (field || !(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z') return;
      e.preventDefault();
      undoable.action?.run();
      dismiss(undoable.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undoable, dismiss]);

  const info = notices.filter((n) => n.tone === 'info');
  const errors = notices.filter((n) => n.tone === 'error');
  return (
    <div className="notices">
      <div role="status" aria-live="polite">
        {info.map((n) => (
          <div key={n.id} className="notice" data-testid="notice">
            <span>{n.text}</span>
            {n.action && (
              <button
                type="button"
                onClick={() => {
                  n.action?.run();
                  dismiss(n.id);
                }}
              >
                {n.action.label}
              </button>
            )}
            <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => dismiss(n.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
      <div role="alert">
        {errors.map((n) => (
          <div key={n.id} className="notice notice-error">
            <span>{n.text}</span>
            <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => dismiss(n.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </div>
  );
}
