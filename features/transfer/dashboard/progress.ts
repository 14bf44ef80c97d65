import { useCallback, useEffect, useRef, useState } from 'react';

/** Work shorter than this finishes without a progress indicator flashing up. */
export const PROGRESS_DELAY_MS = 300;

export interface ProgressState {
  label: string;
  /** 0…1, or null when how far it has got is unknown. */
  fraction: number | null;
}

/**
 * Progress of one long task at a time. `visible` turns on only once the task has run for
 * PROGRESS_DELAY_MS; updates are cheap to call often.
 */
export function useProgress() {
  const [state, setState] = useState<ProgressState | null>(null);
  const [visible, setVisible] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const report = useCallback((label: string, fraction: number | null = null) => {
    setState({ label, fraction });
    if (timer.current === undefined) timer.current = setTimeout(() => setVisible(true), PROGRESS_DELAY_MS);
  }, []);
  const finish = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    setState(null);
    setVisible(false);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return { progress: state, visible: visible && state !== null, busy: state !== null, report, finish };
}
