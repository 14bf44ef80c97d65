import { useState } from 'react';
import type { ApplicationRecord } from '@/lib/model/records';
import { STAGE_LABELS } from '@/lib/model/stages';
import { formatDate } from './display';
import { useCommands } from './useCommand';
import { StandingPickers } from './StandingPickers';
import { MAX_NOTES, MAX_PAY_NOTED } from '@/lib/model/limits';

const splitTags = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

/** The user's own fields: stage, outcome, pay noted, tags and notes. Text is saved on request. */
export function ApplicationEditor({ record }: { record: ApplicationRecord }) {
  const { run, notify } = useCommands();
  const [notes, setNotes] = useState(record.notes);
  const [tags, setTags] = useState(record.tags.join(', '));
  const [payNoted, setPayNoted] = useState(record.payNoted);
  const dirty = notes !== record.notes || tags !== record.tags.join(', ') || payNoted !== record.payNoted;
  const id = record.id;

  const save = async () => {
    const saved = await run({
      type: 'application:edit',
      id,
      notes,
      tags: splitTags(tags),
      payNoted,
    });
    if (saved) {
      setTags(saved.tags.join(', '));
      notify({ text: 'Saved.', tone: 'info' });
    }
  };

  return (
    <section className="detail-section editor" aria-labelledby="editor-title">
      <h3 id="editor-title">Where you stand</h3>
      <div className="editor-row">
        <StandingPickers
          stageLabel="Stage"
          openLabel="Still open"
          stage={record.stage}
          outcome={record.outcome}
          onStage={(stage) => run({ type: 'application:stage', id, stage })}
          onOutcome={(outcome) => run({ type: 'application:outcome', id, outcome })}
        />
        <p className="muted since">
          In {STAGE_LABELS[record.stage]} since {formatDate(record.stageSince)}
          {record.outcomeAt ? ` · outcome on ${formatDate(record.outcomeAt)}` : ''}
        </p>
      </div>
      <form
        className="editor-text"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          <span>Pay noted</span>
          <input value={payNoted} maxLength={MAX_PAY_NOTED} onChange={(e) => setPayNoted(e.target.value)} />
        </label>
        <label>
          <span>Tags (comma separated)</span>
          <input value={tags} onChange={(e) => setTags(e.target.value)} />
        </label>
        <label>
          <span>Notes</span>
          <textarea value={notes} rows={5} maxLength={MAX_NOTES} onChange={(e) => setNotes(e.target.value)} />
        </label>
        <div className="editor-actions">
          <button type="submit" className="primary" disabled={!dirty}>
            Save changes
          </button>
          {dirty && <span className="muted">Unsaved changes</span>}
        </div>
      </form>
    </section>
  );
}
