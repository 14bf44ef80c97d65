/** The onboarding path, in order. Paid tasks come only after qualifying and only when a project has volume. */
export const STAGES = ['found', 'applied', 'agreements', 'screening', 'trial', 'paid'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  found: 'Found',
  applied: 'Applied / registered',
  agreements: 'Agreements',
  screening: 'Screening',
  trial: 'Trial tasks',
  paid: 'Paid tasks',
};

/** Ways a path can stop short of (or after) paid work. */
export const OUTCOMES = ['rejected', 'waitlisted', 'withdrawn', 'no_work'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Record<Outcome, string> = {
  rejected: 'Rejected',
  waitlisted: 'Waitlisted',
  withdrawn: 'Withdrawn',
  no_work: 'No work available',
};

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}
