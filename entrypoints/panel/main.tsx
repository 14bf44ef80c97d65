import { createRoot } from 'react-dom/client';
import { PanelApp } from '@/components/panel/PanelApp';
import '@/components/shared/theme.css';

// The session the content script opened rides in the URL fragment, which never leaves the browser.
const session = location.hash.slice(1);
const root = document.getElementById('root');
if (root) createRoot(root).render(<PanelApp session={session} />);
