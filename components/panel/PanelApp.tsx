import { useMemo, useState } from 'react';
import { analyzeListing } from '@/lib/analysis/analyze';
import { STAGE_LABELS, STAGES, type Stage } from '@/lib/model/stages';
import { send } from '@/components/shared/send';
import { usePanelState } from './usePanelState';
import './panel.css';

export function PanelApp({ session }: { session: string }) {
  const state = usePanelState(session);
  const listing = state?.listing ?? null;
  const analysis = useMemo(
    () =>
      listing
        ? analyzeListing({
            url: listing.url,
            title: listing.title,
            text: listing.description,
            platformId: listing.siteId,
          })
        : null,
    [listing],
  );
  const [stage, setStage] = useState<Stage>('found');
  const [notes, setNotes] = useState('');
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);

  if (!state) return <p className="muted pad">Reading the listing…</p>;
  if (!listing || !analysis) return <p className="muted pad">Waiting for the listing to load…</p>;

  const save = async () => {
    setSaving(true);
    setError('');
    try {
      await send({ type: 'application:save', session, stage, notes, analysis });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <main className="panel" aria-label="TaskLens">
      <header>
        <p className="site">{listing.siteId}</p>
        <h1 data-testid="listing-title">{listing.title}</h1>
        <p data-testid="listing-company">{listing.company}</p>
        {listing.payText && <p data-testid="listing-pay">{listing.payText}</p>}
        <p className={`risk risk-${analysis.risk.level}`} data-testid="risk">
          Risk: {analysis.risk.level} — {analysis.risk.reason}
        </p>
      </header>
      <section aria-labelledby="save-heading">
        <h2 id="save-heading">My log</h2>
        {state.application && (
          <p data-testid="saved-status">Saved · {STAGE_LABELS[state.application.stage]}</p>
        )}
        <label>
          Stage
          <select value={stage} onChange={(e) => setStage(e.target.value as Stage)}>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Notes
          <textarea value={notes} onChange={(e) => setNotes(e.target.value)} rows={2} />
        </label>
        <button type="button" onClick={save} disabled={saving}>
          {state.application ? 'Update my log' : 'Save to my log'}
        </button>
        {error && <p role="alert">{error}</p>}
      </section>
      <footer className="muted">Read by: {listing.source}</footer>
    </main>
  );
}
