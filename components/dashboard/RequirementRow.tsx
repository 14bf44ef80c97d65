import { useState } from 'react';
import type { Requirement } from '@/lib/model/records';
import { localCalendarDay } from '@/lib/model/calendar-day';

interface Props {
  requirement: Requirement;
  name: string;
  /** Stores the requirement; resolves to undefined when that failed. */
  onPut: (requirement: Requirement) => Promise<unknown>;
  onRemove: () => void;
}

/**
 * One requirement: done or not, asked on, done on. The checkbox answers at once: until the stored
 * value moves on from the one it was changed from, it shows the change, which is dropped if saving
 * failed. The row stays mounted throughout, so focus stays where the user put it.
 */
export function RequirementRow({ requirement: r, name, onPut, onRemove }: Props) {
  const [pending, setPending] = useState<{ done: boolean; from: boolean } | null>(null);
  const done = pending && pending.from === r.done ? pending.done : r.done;
  const put = async (next: Requirement) => {
    setPending({ done: next.done, from: r.done });
    if ((await onPut(next)) === undefined) setPending(null);
  };
  return (
    <li className={done ? 'done' : ''}>
      <label className="req-check">
        <input
          type="checkbox"
          checked={done}
          onChange={(e) =>
            put({
              ...r,
              done: e.target.checked,
              ...(e.target.checked && !r.doneOn ? { doneOn: localCalendarDay() } : {}),
            })
          }
        />
        <span>{name}</span>
      </label>
      <label className="req-date">
        <span>Asked</span>
        <input
          type="date"
          value={r.askedOn ?? ''}
          aria-label={`${name}: asked on`}
          onChange={(e) => put({ ...r, askedOn: e.target.value || undefined })}
        />
      </label>
      <label className="req-date">
        <span>Done</span>
        <input
          type="date"
          value={r.doneOn ?? ''}
          aria-label={`${name}: done on`}
          onChange={(e) =>
            put({ ...r, doneOn: e.target.value || undefined, done: Boolean(e.target.value) || r.done })
          }
        />
      </label>
      <button type="button" className="icon-button" aria-label={`Remove ${name}`} onClick={onRemove}>
        ×
      </button>
    </li>
  );
}
