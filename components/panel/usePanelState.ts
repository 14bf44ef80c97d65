import { useSyncExternalStore } from 'react';
import { readPanelPush } from '@/lib/messaging/panel-push';
import type { PanelPush } from '@/lib/messaging/protocol';

export type PanelState = Omit<Extract<PanelPush, { type: 'panel:state' }>, 'type'>;

const RECONNECT_MS = 500;

/**
 * The listing and its log entry, pushed live by the background over a port. The port opens before
 * React renders anything, so the listing is usually on its way while the frame is still booting.
 */
export class PanelConnection {
  private state: PanelState | null = null;
  private listeners = new Set<() => void>();

  constructor(private readonly session: string) {
    this.connect();
  }

  private connect = () => {
    const port = browser.runtime.connect({ name: 'panel' });
    port.onMessage.addListener((raw: unknown) => {
      const push = readPanelPush(raw);
      if (!push) return;
      const { listing, reading, application, platform } = push;
      this.state = { listing, reading, application, platform };
      for (const listener of this.listeners) listener();
    });
    // A service worker that went to sleep drops the port; come back when it wakes.
    port.onDisconnect.addListener(() => setTimeout(this.connect, RECONNECT_MS));
    port.postMessage({ type: 'panel:hello', session: this.session });
  };

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = () => this.state;
}

export function usePanelState(connection: PanelConnection): PanelState | null {
  return useSyncExternalStore(connection.subscribe, connection.snapshot);
}
