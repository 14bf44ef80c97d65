import { useSyncExternalStore } from 'react';
import { readPanelPush } from '@/lib/messaging/panel-push';
import type { PanelPush } from '@/lib/messaging/protocol';

export type PanelState = Omit<Extract<PanelPush, { type: 'panel:state' }>, 'type'>;

/** After a port that was serving the panel drops (a service worker going to sleep). */
const RECONNECT_MS = 500;
/**
 * Waits before each new try while no port has served the panel yet: the frame may ask before the
 * background has heard of the listing, so a few tries are normal. About five seconds in all.
 */
const UNANSWERED_RETRY_MS = [250, 500, 1000, 1000, 1000, 1000];

/**
 * The listing and its log entry, pushed live by the background over a port. The port opens before
 * React renders anything, so the listing is usually on its way while the frame is still booting.
 * A frame the background never answers (one a site made itself, bound to no listing tab) stops
 * trying after a few seconds and says so, instead of knocking forever.
 */
export class PanelConnection {
  private state: PanelState | null = null;
  private unanswered = 0;
  private gaveUp = false;
  private listeners = new Set<() => void>();

  constructor(private readonly session: string) {
    this.connect();
  }

  private connect = () => {
    const port = browser.runtime.connect({ name: 'panel' });
    let served = false;
    port.onMessage.addListener((raw: unknown) => {
      const push = readPanelPush(raw);
      if (!push) return;
      served = true;
      this.unanswered = 0;
      const { listing, reading, application, platform } = push;
      this.state = { listing, reading, application, platform };
      this.notify();
    });
    port.onDisconnect.addListener(() => {
      if (served) return void setTimeout(this.connect, RECONNECT_MS);
      const wait = UNANSWERED_RETRY_MS[this.unanswered++];
      if (wait !== undefined) return void setTimeout(this.connect, wait);
      this.gaveUp = true;
      this.notify();
    });
    port.postMessage({ type: 'panel:hello', session: this.session });
  };

  private notify() {
    for (const listener of this.listeners) listener();
  }

  /** Starts over after giving up, when the user asks. */
  retry = () => {
    if (!this.gaveUp) return;
    this.gaveUp = false;
    this.unanswered = 0;
    this.notify();
    this.connect();
  };

  detached = () => this.gaveUp;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = () => this.state;
}

export function usePanelState(connection: PanelConnection): PanelState | null {
  return useSyncExternalStore(connection.subscribe, connection.snapshot);
}

/** True once the background has refused this frame long enough to stop asking. */
export function usePanelDetached(connection: PanelConnection): boolean {
  return useSyncExternalStore(connection.subscribe, connection.detached);
}
