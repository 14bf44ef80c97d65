import '@/lib/model/zod-config';
import { createRoot } from 'react-dom/client';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import '@/components/shared/theme.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<DashboardApp />);
