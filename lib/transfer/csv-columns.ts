import { OUTCOME_LABELS, OUTCOMES, STAGE_LABELS, STAGES, type Outcome, type Stage } from '../model/stages';

/** Column titles of the applications CSV, in file order. Import finds columns by title, in any order. */
export const APPLICATION_COLUMNS = {
  platform: 'Platform',
  title: 'Title',
  company: 'Company',
  url: 'URL',
  stage: 'Stage',
  stageSince: 'In stage since',
  outcome: 'Outcome',
  outcomeAt: 'Outcome date',
  ...(Object.fromEntries(STAGES.map((s) => [`date_${s}`, `${STAGE_LABELS[s]} date`])) as Record<
    `date_${Stage}`,
    string
  >),
  payNoted: 'Pay noted',
  risk: 'Risk',
  taskTypes: 'Task types',
  tags: 'Tags',
  notes: 'Notes',
  createdAt: 'Created',
  updatedAt: 'Updated',
  id: 'Application id',
  listingKey: 'Listing key',
  platformId: 'Platform id',
  listing: 'Listing snapshot (JSON)',
  analysis: 'Analysis snapshot (JSON)',
} as const;
export type ApplicationColumn = keyof typeof APPLICATION_COLUMNS;

/** Shown for reading only (they follow from other columns), so import does not need them. */
export const DERIVED_APPLICATION_COLUMNS: ReadonlySet<ApplicationColumn> = new Set([
  'platform',
  'risk',
  'taskTypes',
]);

export const EVENT_COLUMNS = {
  at: 'When',
  about: 'About',
  kind: 'Kind',
  from: 'From',
  to: 'To',
  detail: 'Detail',
  subject: 'Subject',
  subjectId: 'Subject id',
  id: 'Event id',
} as const;
export type EventColumn = keyof typeof EVENT_COLUMNS;

export const DERIVED_EVENT_COLUMNS: ReadonlySet<EventColumn> = new Set(['about']);

function lookup<T extends string>(ids: readonly T[], labels: Record<T, string>): Map<string, T> {
  const map = new Map<string, T>();
  for (const id of ids) {
    map.set(id.toLowerCase(), id);
    map.set(labels[id].toLowerCase(), id);
  }
  return map;
}

const STAGE_BY_NAME = lookup(STAGES, STAGE_LABELS);
const OUTCOME_BY_NAME = lookup(OUTCOMES, OUTCOME_LABELS);

/** Stages are written as their labels; import takes a label or an id, in any case. */
export function stageFromText(text: string): Stage | undefined {
  return STAGE_BY_NAME.get(text.trim().toLowerCase());
}

export function outcomeFromText(text: string): Outcome | undefined {
  return OUTCOME_BY_NAME.get(text.trim().toLowerCase());
}
