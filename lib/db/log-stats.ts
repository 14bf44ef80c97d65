import type { Outcome, Stage } from '../model/stages';
import { OUTCOMES, STAGES } from '../model/stages';
import type { AppRow } from './log-rows';
import { isStale } from './log-rows';
import { groupBy } from '../model/group-by';

export interface FunnelStep {
  stage: Stage;
  /** Applications that reached this stage at some point. */
  reached: number;
  /** Those currently in it. */
  current: number;
}

export interface Funnel {
  total: number;
  steps: FunnelStep[];
  outcomes: Record<Outcome, number>;
}

/** One platform's applications, or all of them for '' (or none chosen). */
export function rowsOfPlatform(rows: AppRow[], platformId: string | undefined): AppRow[] {
  return platformId ? rows.filter((r) => r.platformId === platformId) : rows;
}

/** Applications grouped by platform, each group in the order given. */
export function rowsByPlatform(rows: readonly AppRow[]): Map<string, AppRow[]> {
  return groupBy(rows, (r) => r.platformId);
}

/** How many applications reached each stage (a later stage implies the earlier ones). */
export function funnel(rows: readonly AppRow[]): Funnel {
  const steps = STAGES.map((stage) => ({ stage, reached: 0, current: 0 }));
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const row of rows) {
    for (const step of steps) if (row.stageDates[step.stage]) step.reached++;
    steps[STAGES.indexOf(row.stage)].current++;
    if (row.outcome) outcomes[row.outcome]++;
  }
  return { total: rows.length, steps, outcomes };
}

export interface StageTime {
  stage: Stage;
  /** Applications with a measured stay in the stage. */
  count: number;
  medianDays: number;
  /** Stays still running (the application is in the stage now). */
  ongoing: number;
}

function median(values: number[]): number {
  if (!values.length) return 0;
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  return values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

/**
 * Median days spent in each stage: from the day a stage was reached to the day the next reached
 * stage was, or to now (or the outcome) for the current one. Paid work has no end, so it is left out.
 */
export function timeInStages(rows: readonly AppRow[], now = Date.now()): StageTime[] {
  const stays = new Map<Stage, number[]>(STAGES.map((s) => [s, []]));
  const ongoing = new Map<Stage, number>(STAGES.map((s) => [s, 0]));
  for (const row of rows) {
    const reached = STAGES.filter((s) => row.stageDates[s]).map((s) => ({
      stage: s,
      at: Date.parse(row.stageDates[s] as string),
    }));
    for (let i = 0; i < reached.length; i++) {
      const { stage, at } = reached[i];
      if (stage === 'paid') continue;
      let end = reached[i + 1]?.at;
      if (end === undefined) {
        if (stage !== row.stage) continue;
        end = row.outcomeAt ? Date.parse(row.outcomeAt) : now;
        if (!row.outcome) ongoing.set(stage, (ongoing.get(stage) ?? 0) + 1);
      }
      stays.get(stage)?.push(Math.max(0, end - at) / 86_400_000);
    }
  }
  return STAGES.filter((s) => s !== 'paid').map((stage) => {
    const values = stays.get(stage) ?? [];
    return { stage, count: values.length, medianDays: median(values), ongoing: ongoing.get(stage) ?? 0 };
  });
}

/** Open applications with no change for `days` days, the longest-untouched first. */
export function staleRows(rows: readonly AppRow[], days: number, now = Date.now()): AppRow[] {
  return rows
    .filter((r) => isStale(r, days, now))
    .sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0));
}
