import { useState } from 'react';
import {
  REQUIREMENT_IDS,
  REQUIREMENT_LABELS,
  requirementKey,
  requirementName,
  type PlatformRecord,
  type Requirement,
  type RequirementId,
} from '@/lib/model/records';
import { localCalendarDay } from '@/lib/model/calendar-day';
import { RequirementRow } from './RequirementRow';
import { useCommands } from './useCommand';
import { MAX_NAME } from '@/lib/model/limits';

/** What the platform asked for, each with the day it was asked and the day it was done. */
export function RequirementsChecklist({ platform }: { platform: PlatformRecord }) {
  const { run } = useCommands();
  const [adding, setAdding] = useState<RequirementId | ''>('');
  const [label, setLabel] = useState('');
  const put = (requirement: Requirement) =>
    run({ type: 'platform:requirement', id: platform.id, requirement });
  const taken = new Set(platform.requirements.map(requirementKey));
  const open = REQUIREMENT_IDS.filter((id) => id === 'other' || !taken.has(id));

  const add = async () => {
    if (!adding) return;
    const requirement: Requirement = { id: adding, done: false, askedOn: localCalendarDay() };
    if (adding === 'other') requirement.label = label.trim();
    if (await put(requirement)) {
      setAdding('');
      setLabel('');
    }
  };

  return (
    <fieldset className="requirements">
      <legend>What they asked for</legend>
      {platform.requirements.length === 0 && <p className="muted">Nothing recorded yet.</p>}
      <ul>
        {platform.requirements.map((r) => (
          <RequirementRow
            key={requirementKey(r)}
            requirement={r}
            name={requirementName(r)}
            onPut={put}
            onRemove={() =>
              run({ type: 'platform:requirement-remove', id: platform.id, requirement: r.id, label: r.label })
            }
          />
        ))}
      </ul>
      <div className="req-add">
        <label>
          <span>Add</span>
          <select value={adding} onChange={(e) => setAdding(e.target.value as RequirementId | '')}>
            <option value="">Choose a requirement…</option>
            {open.map((id) => (
              <option key={id} value={id}>
                {REQUIREMENT_LABELS[id]}
              </option>
            ))}
          </select>
        </label>
        {adding === 'other' && (
          <label>
            <span>Name</span>
            <input value={label} maxLength={MAX_NAME} onChange={(e) => setLabel(e.target.value)} />
          </label>
        )}
        <button type="button" onClick={add} disabled={!adding || (adding === 'other' && !label.trim())}>
          Add
        </button>
      </div>
    </fieldset>
  );
}
