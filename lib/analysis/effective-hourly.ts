import type { PayAmount } from './types';

/** What the user expects of a project; the panel shows these and lets the user change them. */
export interface HourlyAssumptions {
  /** Minutes one task (or item) really takes, including reading instructions. */
  minutesPerTask: number;
  /** Share of submitted tasks that get paid, 0–1. */
  acceptanceRate: number;
  /** Unpaid hours before paid work: application, assessments, training. */
  unpaidOnboardingHours: number;
  /** The horizon the onboarding cost is spread over: the first N paid hours. */
  firstPaidHours: number;
}

export const DEFAULT_ASSUMPTIONS: Readonly<HourlyAssumptions> = Object.freeze({
  minutesPerTask: 5,
  acceptanceRate: 0.85,
  unpaidOnboardingHours: 2,
  firstPaidHours: 20,
});

export type EffectiveHourly =
  | {
      ok: true;
      /** Per hour of work, onboarding included, in the pay's currency. */
      min: number;
      max: number;
      currency: string;
      /** Before unpaid onboarding and rejections are counted. */
      nominalMin: number;
      nominalMax: number;
      assumptions: HourlyAssumptions;
      /** Which assumptions were applied to this pay unit. */
      applied: (keyof HourlyAssumptions)[];
    }
  | { ok: false; reason: string; assumptions: HourlyAssumptions };

const PER_TASK_UNITS = new Set<PayAmount['unit']>(['task', 'item']);

/** The per-task or per-item amount to estimate from: a stated rate, a ceiling only as a last resort. */
export function perTaskRate(pay: PayAmount[]): PayAmount | undefined {
  const perTask = pay.filter((p) => PER_TASK_UNITS.has(p.unit));
  return perTask.find((p) => p.kind === 'base') ?? perTask[0];
}

function valid(a: HourlyAssumptions): string | null {
  if (!(a.minutesPerTask > 0)) return 'Minutes per task must be more than zero.';
  if (!(a.acceptanceRate > 0 && a.acceptanceRate <= 1)) return 'Acceptance rate must be between 0 and 100%.';
  if (!(a.unpaidOnboardingHours >= 0)) return 'Unpaid onboarding hours cannot be negative.';
  if (!(a.firstPaidHours > 0)) return 'The number of paid hours must be more than zero.';
  return null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * What the work really pays per hour over the first `firstPaidHours` hours of paid work.
 * Per-task and per-item pay: tasks per hour × acceptance × pay, with unpaid onboarding spread
 * over the horizon. Hourly pay: acceptance does not apply, but unpaid hours still dilute it.
 * Other units (words, audio hours, salaries) return a reason instead of a guess.
 */
export function effectiveHourly(
  pay: Pick<PayAmount, 'min' | 'max' | 'currency' | 'unit'> & { per?: number },
  assumptions: Partial<HourlyAssumptions> = {},
): EffectiveHourly {
  const a: HourlyAssumptions = { ...DEFAULT_ASSUMPTIONS, ...assumptions };
  const problem = valid(a);
  if (problem) return { ok: false, reason: problem, assumptions: a };
  const per = pay.per && pay.per > 0 ? pay.per : 1;
  const dilution = a.firstPaidHours / (a.firstPaidHours + a.unpaidOnboardingHours);
  let nominalMin: number;
  let nominalMax: number;
  let applied: (keyof HourlyAssumptions)[];
  if (pay.unit === 'hour') {
    nominalMin = pay.min;
    nominalMax = pay.max;
    applied = ['unpaidOnboardingHours', 'firstPaidHours'];
    return result(nominalMin * dilution, nominalMax * dilution);
  }
  if (pay.unit === 'unstated') {
    return {
      ok: false,
      reason:
        'The listing does not say what this amount pays for (an hour, a task, a month), so no hourly rate follows from it.',
      assumptions: a,
    };
  }
  if (!PER_TASK_UNITS.has(pay.unit)) {
    return {
      ok: false,
      reason: `Pay per ${pay.unit.replace('_', ' ')} cannot be turned into an hourly rate without knowing how much you produce per hour.`,
      assumptions: a,
    };
  }
  const tasksPerHour = 60 / a.minutesPerTask;
  nominalMin = (pay.min / per) * tasksPerHour;
  nominalMax = (pay.max / per) * tasksPerHour;
  applied = ['minutesPerTask', 'acceptanceRate', 'unpaidOnboardingHours', 'firstPaidHours'];
  return result(nominalMin * a.acceptanceRate * dilution, nominalMax * a.acceptanceRate * dilution);

  function result(min: number, max: number): EffectiveHourly {
    return {
      ok: true,
      min: round2(min),
      max: round2(max),
      currency: pay.currency,
      nominalMin: round2(nominalMin),
      nominalMax: round2(nominalMax),
      assumptions: a,
      applied,
    };
  }
}
