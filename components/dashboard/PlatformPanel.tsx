import { useState } from 'react';
import type { PlatformRecord } from '@/lib/model/records';
import { STAGE_LABELS } from '@/lib/model/stages';
import { formatDate, plural } from './display';
import { RequirementsChecklist } from './RequirementsChecklist';
import { useCommands } from './useCommand';
import { StandingPickers } from './StandingPickers';
import { MAX_NOTES, MAX_UNPAID_HOURS } from '@/lib/model/limits';

/** One platform's onboarding: stage, outcome, requirements, unpaid hours and notes. */
export function PlatformPanel({
  platform,
  applications,
}: {
  platform: PlatformRecord;
  applications: number;
}) {
  const { run, notify } = useCommands();
  const [hours, setHours] = useState(String(platform.unpaidHours));
  const [notes, setNotes] = useState(platform.notes);
  const id = platform.id;
  const saveHours = async () => {
    const value = Number(hours.replace(',', '.'));
    if (!Number.isFinite(value) || value < 0 || value > MAX_UNPAID_HOURS) {
      notify({
        text: `Unpaid hours must be a number from 0 to ${MAX_UNPAID_HOURS.toLocaleString()}.`,
        tone: 'error',
      });
      return;
    }
    if (value !== platform.unpaidHours) await run({ type: 'platform:edit', id, unpaidHours: value });
  };
  const saveNotes = async () => {
    if (notes !== platform.notes && (await run({ type: 'platform:edit', id, notes }))) {
      notify({ text: `Notes for ${platform.name} saved.`, tone: 'info' });
    }
  };
  return (
    <article className="platform-panel" aria-labelledby="platform-name" data-testid="platform-panel">
      <header>
        <h2 id="platform-name">{platform.name}</h2>
        <p className="muted">
          {plural(applications, 'saved listing')} · tracked since {formatDate(platform.createdAt)} ·{' '}
          {STAGE_LABELS[platform.stage]} since {formatDate(platform.stageSince)}
        </p>
      </header>
      <div className="platform-fields">
        <StandingPickers
          stageLabel="Onboarding stage"
          openLabel="Still in progress"
          stage={platform.stage}
          outcome={platform.outcome}
          onStage={(stage) => run({ type: 'platform:stage', id, stage })}
          onOutcome={(outcome) => run({ type: 'platform:outcome', id, outcome })}
        />
        <label>
          <span>Unpaid screening hours</span>
          <input
            type="number"
            inputMode="decimal"
            min={0}
            max={MAX_UNPAID_HOURS}
            step={0.25}
            value={hours}
            onChange={(e) => setHours(e.target.value)}
            onBlur={saveHours}
            onKeyDown={(e) => e.key === 'Enter' && saveHours()}
          />
        </label>
      </div>
      <RequirementsChecklist platform={platform} />
      <label className="notes-field">
        <span>Notes</span>
        <textarea value={notes} rows={4} maxLength={MAX_NOTES} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <button type="button" onClick={saveNotes} disabled={notes === platform.notes}>
        Save notes
      </button>
    </article>
  );
}
