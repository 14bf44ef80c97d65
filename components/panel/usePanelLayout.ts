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

/**
 * Collapsed state and side of the panel. The user's choices are remembered per site by the content
 * script; a job that is not AI-training work opens collapsed without changing what is remembered.
 */
export function usePanelLayout(
  session: string,
  initial: PanelLayout,
  listingKey: string | null,
  notAiWork: boolean,
): PanelLayoutControls {
  const [chosen, setChosen] = useState<PanelLayout>(initial);
  // The listing the panel collapsed itself for; cleared when the user opens it.
  const [autoKey, setAutoKey] = useState<string | null>(null);
  const [seenKey, setSeenKey] = useState<string | null>(null);
  if (listingKey !== seenKey) {
    // A new listing: decide once, during render, so the first paint already has the right size.
    setSeenKey(listingKey);
    setAutoKey(listingKey && notAiWork ? listingKey : null);
  }
  const autoCollapsed = !chosen.collapsed && autoKey !== null && autoKey === listingKey;
  const collapsed = chosen.collapsed || autoCollapsed;

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
    if (!next) setAutoKey(null);
    setChosen((c) => ({ ...c, collapsed: next }));
  }, []);
  const toggleSide = useCallback(() => {
    remember.current = true;
    setChosen((c) => ({ ...c, side: c.side === 'left' ? 'right' : 'left' }));
  }, []);
  return { collapsed, side: chosen.side, autoCollapsed, setCollapsed, toggleSide };
}
