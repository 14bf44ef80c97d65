export interface PanelLayout {
  collapsed: boolean;
  side: 'left' | 'right';
}

const DEFAULT_LAYOUT: PanelLayout = { collapsed: false, side: 'right' };

const key = (host: string) => `layout:${host}`;

/** Panel position and collapsed state, remembered per site in extension storage (not the page's). */
export async function loadLayout(host: string): Promise<PanelLayout> {
  try {
    const stored = (await browser.storage.local.get(key(host)))[key(host)] as
      Partial<PanelLayout> | undefined;
    return {
      collapsed: stored?.collapsed === true,
      side: stored?.side === 'left' ? 'left' : 'right',
    };
  } catch {
    return DEFAULT_LAYOUT;
  }
}

export async function saveLayout(host: string, layout: PanelLayout) {
  await browser.storage.local.set({ [key(host)]: layout });
}

/** The panel frame's URL fragment: its session and the layout it opens in. Never leaves the browser. */
export function layoutToHash(session: string, { collapsed, side }: PanelLayout): string {
  return new URLSearchParams({ s: session, side, collapsed: collapsed ? '1' : '0' }).toString();
}

export function layoutFromHash(hash: string): { session: string; layout: PanelLayout } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return {
    session: params.get('s') ?? '',
    layout: {
      collapsed: params.get('collapsed') === '1',
      side: params.get('side') === 'left' ? 'left' : 'right',
    },
  };
}
