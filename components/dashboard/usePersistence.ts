import { useCallback, useEffect, useState } from 'react';

export type Persistence = 'unknown' | 'persistent' | 'best-effort' | 'unsupported';

const ASKED_KEY = 'tasklens.persistAsked';

/**
 * Asks the browser to keep the log even when disk space runs low. Asked once, on the first visit
 * to the dashboard (an extension page, where the request can be granted), then only on request.
 */
// Older browsers and some embedded contexts have no StorageManager at all.
const storage = (): StorageManager | undefined => (navigator as { storage?: StorageManager }).storage;

export function usePersistence() {
  const [state, setState] = useState<Persistence>(() => (storage()?.persisted ? 'unknown' : 'unsupported'));
  const ask = useCallback(async () => {
    const manager = storage();
    if (!manager?.persist) return setState('unsupported');
    localStorage.setItem(ASKED_KEY, '1');
    setState((await manager.persist()) ? 'persistent' : 'best-effort');
  }, []);
  useEffect(() => {
    const manager = storage();
    if (!manager?.persisted) return;
    let live = true;
    void manager.persisted().then((persisted) => {
      if (!live) return;
      if (persisted) setState('persistent');
      else if (!localStorage.getItem(ASKED_KEY)) void ask();
      else setState('best-effort');
    });
    return () => {
      live = false;
    };
  }, [ask]);
  return { state, ask };
}
