import { connection, layout, session } from './connection';
import { createRoot } from 'react-dom/client';
import { PanelApp } from '@/components/panel/PanelApp';
import '@/components/shared/theme.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(<PanelApp session={session} connection={connection} initialLayout={layout} />);
}
