import { useCallback, useState } from 'react';

/** A number setting remembered in this extension page's local storage. */
export function useStoredNumber(key: string, fallback: number, min: number, max: number) {
  const [value, setValue] = useState(() => {
    const stored = Number(localStorage.getItem(key));
    return Number.isFinite(stored) && stored >= min && stored <= max && localStorage.getItem(key) !== null
      ? stored
      : fallback;
  });
  const set = useCallback(
    (next: number) => {
      if (!Number.isFinite(next)) return;
      const clamped = Math.min(max, Math.max(min, Math.round(next)));
      setValue(clamped);
      localStorage.setItem(key, String(clamped));
    },
    [key, min, max],
  );
  return [value, set] as const;
}
