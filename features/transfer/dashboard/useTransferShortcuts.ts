import { useEffect } from 'react';

/** Alt+Shift+E exports a full backup; Alt+Shift+I opens the import. Keys by position, so any layout works. */
export const SHORTCUTS = { backup: 'Alt+Shift+E', import: 'Alt+Shift+I' } as const;

export function useTransferShortcuts(onBackup: () => void, onImport: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || e.repeat) return;
      if (e.code === 'KeyE') onBackup();
      else if (e.code === 'KeyI') onImport();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onBackup, onImport]);
}
