import { createContext, useCallback, useContext, useState } from 'react';
import type { Evidence } from '@/lib/analysis/types';
import { send } from '@/components/shared/send';

export interface HighlightState {
  /** The evidence last asked for, as `field:start:end`. */
  active: string | null;
  /** False when the words could not be found in the page (hidden, or changed since reading). */
  found: boolean | null;
  show: (evidence: Evidence) => void;
}

export const evidenceKey = (e: Evidence) => `${e.field}:${e.start}:${e.end}`;

/** Asks the content script to scroll to and highlight evidence in the page. */
export function useHighlightState(session: string): HighlightState {
  const [active, setActive] = useState<string | null>(null);
  const [found, setFound] = useState<boolean | null>(null);
  const show = useCallback(
    (evidence: Evidence) => {
      const key = evidenceKey(evidence);
      setActive(key);
      setFound(null);
      send<boolean>({
        type: 'panel:highlight',
        session,
        snippet: evidence.snippet.slice(0, 2000),
      })
        .then((ok) => setFound(ok !== false))
        .catch(() => setFound(false));
    },
    [session],
  );
  return { active, found, show };
}

export const HighlightContext = createContext<HighlightState>({ active: null, found: null, show: () => {} });

export const useHighlight = () => useContext(HighlightContext);
