import type { Outcome, Stage } from '@/lib/model/stages';
import { OutcomeOptions, StageOptions } from '@/components/shared/StageOptions';

/** The stage and outcome pickers shared by an application's and a platform's editor. */
export function StandingPickers({
  stageLabel,
  openLabel,
  stage,
  outcome,
  onStage,
  onOutcome,
}: {
  stageLabel: string;
  /** What "no outcome yet" is called here. */
  openLabel: string;
  stage: Stage;
  outcome: Outcome | undefined;
  onStage: (stage: Stage) => void;
  onOutcome: (outcome: Outcome | null) => void;
}) {
  return (
    <>
      <label>
        <span>{stageLabel}</span>
        <select value={stage} onChange={(e) => onStage(e.target.value as Stage)}>
          <StageOptions />
        </select>
      </label>
      <label>
        <span>Outcome</span>
        <select value={outcome ?? ''} onChange={(e) => onOutcome((e.target.value || null) as Outcome | null)}>
          <option value="">{openLabel}</option>
          <OutcomeOptions />
        </select>
      </label>
    </>
  );
}
