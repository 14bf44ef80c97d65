import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_ASSUMPTIONS, type HourlyAssumptions } from '@/lib/analysis/effective-hourly';

const storageKey = (platform: string) => `assumptions:${platform}`;

function sanitize(stored: unknown): Partial<HourlyAssumptions> {
  if (!stored || typeof stored !== 'object') return {};
  const out: Partial<HourlyAssumptions> = {};
  for (const key of Object.keys(DEFAULT_ASSUMPTIONS) as (keyof HourlyAssumptions)[]) {
    const value = (stored as Record<string, unknown>)[key];
    if (typeof value === 'number' && Number.isFinite(value)) out[key] = value;
  }
  return out;
}

/**
 * The user's own estimate of how a platform's per-task work goes (minutes per task, acceptance,
 * unpaid onboarding), remembered per platform in extension storage.
 */
export function useHourlyAssumptions(platform: string) {
  const [assumptions, setAssumptions] = useState<HourlyAssumptions>({ ...DEFAULT_ASSUMPTIONS });

  useEffect(() => {
    // No platform until the listing's reading arrives; nothing shows the estimate before that.
    if (!platform) return;
    let live = true;
    browser.storage.local
      .get(storageKey(platform))
      .then((stored) => {
        if (live) setAssumptions({ ...DEFAULT_ASSUMPTIONS, ...sanitize(stored[storageKey(platform)]) });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [platform]);

  const update = useCallback(
    (next: HourlyAssumptions) => {
      setAssumptions(next);
      // A few bytes per change: written at once, so closing the tab right after loses nothing.
      void browser.storage.local.set({ [storageKey(platform)]: next }).catch(() => undefined);
    },
    [platform],
  );

  return { assumptions, update };
}
