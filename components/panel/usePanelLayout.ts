import { useCallback, useEffect, useRef, useState } from 'react';
import type { PanelLayout } from '@/entrypoints/listing.content/panel-layout';
import { send } from '@/components/shared/send';

export interface PanelLayoutControls {
  collapsed: boolean;
  side: PanelLayout['side'];
  /** True while collapsed because the listing is not AI-training work, not by the user's choice. */
  autoCollapsed: boolean;
  setCollapsed: (collapsed: boolean) => void;
  toggleSide: () => void;
}

/** What the panel knows of the listing that decides how it opens. */
export interface ListingFold {
  /** Changes when the listing or its reading does, so each is decided once. */
  key: string | null;
  /** A warning (caution or high risk): the panel opens, whatever was chosen before. */
  warning: boolean;
  /** No AI-training work on a general board: the panel folds itself, unless there is a warning. */
  notAiWork: boolean;
}

/**
 * Collapsed state and side of the panel. The user's choices are remembered per site by the content
 * script. A listing with a warning opens the panel even if the user folded it on that site before;
 * a job that is not AI-training work opens folded. Neither changes what is remembered.
 */
export function usePanelLayout(
  session: string,
  initial: PanelLayout,
  listing: ListingFold,
): PanelLayoutControls {
  const [chosen, setChosen] = useState<PanelLayout>(initial);
  // The listing the panel folded or opened by itself for; cleared when the user folds or opens it.
  const [autoKey, setAutoKey] = useState<{ key: string; collapsed: boolean } | null>(null);
  const [seenKey, setSeenKey] = useState<string | null>(null);
  if (listing.key !== seenKey) {
    // A new listing or reading: decide once, during render, so the first paint has the right size.
    setSeenKey(listing.key);
    setAutoKey(
      !listing.key
        ? null
        : listing.warning
          ? { key: listing.key, collapsed: false }
          : listing.notAiWork
            ? { key: listing.key, collapsed: true }
            : null,
    );
  }
  const auto = autoKey && autoKey.key === listing.key ? autoKey : null;
  const collapsed = auto ? auto.collapsed : chosen.collapsed;
  const autoCollapsed = Boolean(auto?.collapsed) && !chosen.collapsed;

  const sent = useRef<string>(`${initial.collapsed}:${initial.side}`);
  const remember = useRef(false);
  useEffect(() => {
    const key = `${collapsed}:${chosen.side}`;
    if (key === sent.current) return;
    sent.current = key;
    const byUser = remember.current;
    remember.current = false;
    send({ type: 'panel:layout', session, collapsed, side: chosen.side, remember: byUser }).catch(() => {
      // The host keeps its size; the next change tries again.
      sent.current = '';
    });
  }, [collapsed, chosen.side, session]);

  const setCollapsed = useCallback((next: boolean) => {
    remember.current = true;
    setAutoKey(null);
    setChosen((c) => ({ ...c, collapsed: next }));
  }, []);
  const toggleSide = useCallback(() => {
    remember.current = true;
    setChosen((c) => ({ ...c, side: c.side === 'left' ? 'right' : 'left' }));
  }, []);
  return { collapsed, side: chosen.side, autoCollapsed, setCollapsed, toggleSide };
}
