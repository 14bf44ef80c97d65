import { useEffect, useState } from 'react';
import { PanelPush } from '@/lib/messaging/protocol';

export type PanelState = Omit<Extract<PanelPush, { type: 'panel:state' }>, 'type'>;

const RECONNECT_MS = 500;

/** The listing and its log entry, pushed live by the background over a port. */
export function usePanelState(session: string): PanelState | null {
  const [state, setState] = useState<PanelState | null>(null);
  useEffect(() => {
    let port: ReturnType<typeof browser.runtime.connect> | undefined;
    let closed = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const connect = () => {
      port = browser.runtime.connect({ name: 'panel' });
      port.onMessage.addListener((raw: unknown) => {
        const push = PanelPush.safeParse(raw);
        if (push.success) {
          const { listing, application, platform } = push.data;
          setState({ listing, application, platform });
        }
      });
      // A service worker that went to sleep drops the port; come back when it wakes.
      port.onDisconnect.addListener(() => {
        if (!closed) retry = setTimeout(connect, RECONNECT_MS);
      });
      port.postMessage({ type: 'panel:hello', session });
    };
    connect();
    return () => {
      closed = true;
      if (retry) clearTimeout(retry);
      port?.disconnect();
    };
  }, [session]);
  return state;
}
