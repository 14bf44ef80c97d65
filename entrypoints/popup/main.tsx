import '@/lib/model/zod-config';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/components/shared/theme.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<PopupApp />);
