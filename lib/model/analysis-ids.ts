// The ids behind the analysis, as plain lists: code that only needs them (the panel, the
// dashboard) need not load the schema library.

/** Ids are part of the product's contract: stored snapshots, exports and the CLI use them. */
export const TASK_TYPE_IDS = [
  'annotation_labeling',
  'response_evaluation',
  'preference_ranking',
  'writing_rewriting',
  'domain_expert_review',
  'code_math_evaluation',
  'safety_redteam',
  'multimodal_review',
] as const;

export const PAY_BASIS_IDS = [
  'hourly',
  'per_task',
  'per_accepted_task',
  'per_asset_or_word',
  'per_milestone',
  'fixed_reward',
  'bonus_incentive',
  'unpaid_steps',
] as const;

export const PAY_UNITS = [
  'hour',
  'task',
  'item',
  'word',
  'audio_hour',
  'day',
  'week',
  'month',
  'year',
  'project',
  /** An amount the listing calls pay, a bonus or a reward without saying per what. */
  'unstated',
] as const;

export const RISK_LEVELS = ['low', 'caution', 'high'] as const;
