import { useLiveQuery } from 'dexie-react-hooks';
import { eventsOf } from '@/lib/db/history';
import type { EventRecord } from '@/lib/model/records';
import { OUTCOME_LABELS, STAGE_LABELS, type Outcome, type Stage } from '@/lib/model/stages';
import { db } from '@/components/shared/db';
import { formatDateTime } from './display';

const FIELD_NAMES: Record<string, string> = { notes: 'notes', tags: 'tags', payNoted: 'pay noted' };

const stageName = (s: string | undefined) => (s ? (STAGE_LABELS[s as Stage] ?? s) : '');
const outcomeName = (o: string | undefined) => (o ? (OUTCOME_LABELS[o as Outcome] ?? o) : 'none');

function describe(e: EventRecord): string {
  switch (e.kind) {
    case 'created':
      return `Saved at ${stageName(e.to)}`;
    case 'stage':
      return `${stageName(e.from)} → ${stageName(e.to)}`;
    case 'outcome':
      return e.to ? `Outcome: ${outcomeName(e.to)}` : `Outcome cleared (was ${outcomeName(e.from)})`;
    case 'edit': {
      const field = FIELD_NAMES[e.detail ?? ''] ?? e.detail ?? 'details';
      if (e.detail === 'notes' || (e.from === undefined && e.to === undefined)) return `Edited ${field}`;
      return `Changed ${field}: “${e.from ?? ''}” → “${e.to ?? ''}”`;
    }
    case 'deleted':
      return 'Deleted';
    case 'restored':
      return 'Restored';
    case 'imported':
      return 'Imported';
    default:
      return e.to ?? e.kind;
  }
}

/** Every change to one application, newest first, read live. */
export function EventTimeline({ applicationId }: { applicationId: string }) {
  const events = useLiveQuery(() => eventsOf(db, 'application', applicationId), [applicationId]);
  return (
    <section className="detail-section" aria-labelledby="timeline-title">
      <h3 id="timeline-title">History</h3>
      {!events ? (
        <p className="muted">Loading…</p>
      ) : (
        <ol className="timeline" data-testid="timeline">
          {[...events].reverse().map((e) => (
            <li key={e.id} className={`tl-${e.kind}`}>
              <time dateTime={e.at}>{formatDateTime(e.at)}</time>
              <span>{describe(e)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
