import { useState } from 'react';
import { send } from '@/components/shared/send';

export function PopupApp() {
  const [error, setError] = useState('');
  const openDashboard = async () => {
    await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
    window.close();
  };
  const analyze = async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    try {
      await send({ type: 'tab:analyze', tabId: tab.id, mode: 'page' });
      window.close();
    } catch {
      setError('This page cannot be read (browser pages and the extension store are off limits).');
    }
  };
  return (
    <main style={{ padding: 12, width: 260, display: 'grid', gap: 8 }}>
      <strong>TaskLens</strong>
      <button type="button" onClick={openDashboard}>
        Open my applications
      </button>
      <button type="button" onClick={analyze}>
        Analyze this page
      </button>
      {error && <p role="alert">{error}</p>}
    </main>
  );
}
