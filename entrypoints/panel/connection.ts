import { PanelConnection } from '@/components/panel/usePanelState';
import { layoutFromHash } from '@/entrypoints/listing.content/panel-layout';

// The session and starting layout ride in the URL fragment, which never leaves the browser.
export const { session, layout } = layoutFromHash(location.hash);
// Imported before React DOM, so the request for the listing travels while React DOM loads and boots.
export const connection = new PanelConnection(session);
