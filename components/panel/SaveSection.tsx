import { useState } from 'react';
import type { ApplicationRecord } from '@/lib/model/records';
import { STAGE_LABELS, type Stage } from '@/lib/model/stages';
import { send } from '@/components/shared/send';
import { shortDate } from './format';
import { StageOptions } from '@/components/shared/StageOptions';
import { MAX_NOTES } from '@/lib/model/limits';

interface Props {
  session: string;
  application: ApplicationRecord | null;
}

/** A link the dashboard opens at this entry. */
function dashboardUrl(applicationId: string): string {
  return `${browser.runtime.getURL('/dashboard.html')}#app=${encodeURIComponent(applicationId)}`;
}

/** "Save to my log" with a stage and notes; once saved, the saved state and a way to the entry. */
export function SaveSection({ session, application }: Props) {
  // Start from what the log holds; a save updates the log, which pushes the new record back.
  const [stage, setStage] = useState<Stage>(application?.stage ?? 'found');
  const [notes, setNotes] = useState(application?.notes ?? '');
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const [seenId, setSeenId] = useState(application?.id ?? null);
  if ((application?.id ?? null) !== seenId) {
    // The record arrived (or changed listing) after first render: show what it holds.
    setSeenId(application?.id ?? null);
    setStage(application?.stage ?? 'found');
    setNotes(application?.notes ?? '');
  }

  const save = async () => {
    setSaving(true);
    setError('');
    try {
      await send({ type: 'application:save', session, stage, notes });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };
  const unchanged = application !== null && application.stage === stage && application.notes === notes;

  return (
    <section aria-labelledby="save-heading" data-testid="save">
      <h2 id="save-heading">My log</h2>
      {application && (
        <p className="saved" data-testid="saved-status" role="status">
          <span aria-hidden="true">✓ </span>
          Saved · {STAGE_LABELS[application.stage]}
          {application.updatedAt && (
            <span className="muted"> · updated {shortDate(application.updatedAt)}</span>
          )}
        </p>
      )}
      <form
        className="save-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          Stage
          <select value={stage} onChange={(e) => setStage(e.target.value as Stage)}>
            <StageOptions />
          </select>
        </label>
        <label>
          Notes
          <textarea value={notes} onChange={(e) => setNotes(e.target.value)} rows={2} maxLength={MAX_NOTES} />
        </label>
        <div className="row">
          <button type="submit" className="primary" disabled={saving || unchanged}>
            {application ? 'Update my log' : 'Save to my log'}
          </button>
          {application && (
            <a
              href={dashboardUrl(application.id)}
              target="_blank"
              rel="noopener"
              data-testid="dashboard-link"
            >
              Open in my log
              <span className="visually-hidden"> (opens a new tab)</span>
            </a>
          )}
        </div>
        {error && <p role="alert">{error}</p>}
      </form>
    </section>
  );
}
