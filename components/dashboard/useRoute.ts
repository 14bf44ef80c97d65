import { useCallback, useEffect, useState } from 'react';

export const VIEWS = ['table', 'board', 'insights', 'platforms'] as const;
export type View = (typeof VIEWS)[number];

export const VIEW_LABELS: Record<View, string> = {
  table: 'Applications',
  board: 'Pipeline',
  insights: 'Insights',
  platforms: 'Platforms',
};

export interface Route {
  view: View;
  /** The application whose details are open. */
  app?: string;
  /** The platform the board or platforms view shows. */
  platform?: string;
}

function read(): Route {
  const params = new URLSearchParams(location.hash.slice(1));
  const view = params.get('view') as View | null;
  return {
    view: view && VIEWS.includes(view) ? view : 'table',
    app: params.get('app') ?? undefined,
    platform: params.get('platform') ?? undefined,
  };
}

function write(route: Route): string {
  const params = new URLSearchParams({ view: route.view });
  if (route.platform) params.set('platform', route.platform);
  if (route.app) params.set('app', route.app);
  return `#${params}`;
}

/** Which view and item are open, kept in the URL so reload and back/forward work. */
export function useRoute() {
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onHash = () => setRoute(read());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = useCallback((next: Partial<Route>) => {
    const merged = { ...read(), ...next };
    const hash = write(merged);
    if (hash !== location.hash) history.pushState(null, '', hash);
    setRoute(merged);
  }, []);
  return [route, go] as const;
}
