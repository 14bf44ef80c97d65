import { useEffect, useRef } from 'react';

/**
 * Marks when the log is first on screen (`tasklens:dashboard-ready`) and when all of it is loaded
 * (`tasklens:log-complete`) in the performance timeline, so the dashboard's speed can be measured
 * from outside like any page metric.
 */
export function useLoadMarks(shown: boolean, complete: boolean) {
  const marked = useRef({ shown: false, complete: false });
  useEffect(() => {
    const m = marked.current;
    if (shown && !m.shown) {
      m.shown = true;
      requestAnimationFrame(() => performance.mark('tasklens:dashboard-ready'));
    }
    if (complete && !m.complete) {
      m.complete = true;
      requestAnimationFrame(() => performance.mark('tasklens:log-complete'));
    }
  }, [shown, complete]);
}
