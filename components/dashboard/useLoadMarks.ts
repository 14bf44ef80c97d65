import { useEffect, useRef } from 'react';

/**
 * Marks when the log is first on screen (`tasklens:dashboard-ready`) in the performance
 * timeline, so the dashboard's speed can be measured from outside like any page metric.
 */
export function useLoadMarks(shown: boolean) {
  const marked = useRef(false);
  useEffect(() => {
    if (shown && !marked.current) {
      marked.current = true;
      requestAnimationFrame(() => performance.mark('tasklens:dashboard-ready'));
    }
  }, [shown]);
}
