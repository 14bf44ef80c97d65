import { OUTCOME_LABELS, OUTCOMES, STAGE_LABELS, STAGES } from '@/lib/model/stages';

/** The onboarding stages as `<option>`s, in order, for every stage picker. */
export function StageOptions() {
  return STAGES.map((s) => (
    <option key={s} value={s}>
      {STAGE_LABELS[s]}
    </option>
  ));
}

/** The outcomes as `<option>`s, for every outcome picker. */
export function OutcomeOptions() {
  return OUTCOMES.map((o) => (
    <option key={o} value={o}>
      {OUTCOME_LABELS[o]}
    </option>
  ));
}
