import '@/lib/model/zod-config';
import { createRoot } from 'react-dom/client';
import { PanelApp } from '@/components/panel/PanelApp';
import { PanelConnection } from '@/components/panel/usePanelState';
import { layoutFromHash } from '@/entrypoints/listing.content/panel-layout';
import '@/components/shared/theme.css';

// The session and starting layout ride in the URL fragment, which never leaves the browser.
const { session, layout } = layoutFromHash(location.hash);
// Ask for the listing first: the answer travels while React boots.
const connection = new PanelConnection(session);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(<PanelApp session={session} connection={connection} initialLayout={layout} />);
}
