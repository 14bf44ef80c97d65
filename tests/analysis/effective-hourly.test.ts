import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, effectiveHourly } from '../../lib/analysis/effective-hourly';

describe('effectiveHourly', () => {
  it('turns per-task pay into an hourly rate with acceptance and unpaid onboarding', () => {
    // 10 tasks an hour × $1 × 80% accepted = $8; 20 paid hours diluted by 5 unpaid hours = × 0.8 → $6.40.
    const r = effectiveHourly(
      { min: 1, max: 1, currency: 'USD', unit: 'task' },
      { minutesPerTask: 6, acceptanceRate: 0.8, unpaidOnboardingHours: 5, firstPaidHours: 20 },
    );
    expect(r).toMatchObject({
      ok: true,
      min: 6.4,
      max: 6.4,
      nominalMin: 10,
      nominalMax: 10,
      currency: 'USD',
    });
    if (r.ok) expect(r.applied).toContain('acceptanceRate');
  });

  it('handles ranges and "per 1,000 items"', () => {
    const r = effectiveHourly(
      { min: 6, max: 8, currency: 'USD', unit: 'item', per: 1000 },
      { minutesPerTask: 0.1, acceptanceRate: 1, unpaidOnboardingHours: 0, firstPaidHours: 10 },
    );
    // 600 items an hour: $3.60–$4.80.
    expect(r).toMatchObject({ ok: true, min: 3.6, max: 4.8 });
  });

  it('dilutes hourly pay by unpaid hours but ignores acceptance', () => {
    const r = effectiveHourly(
      { min: 20, max: 20, currency: 'USD', unit: 'hour' },
      { acceptanceRate: 0.5, unpaidOnboardingHours: 10, firstPaidHours: 40 },
    );
    expect(r).toMatchObject({ ok: true, min: 16, max: 16, nominalMin: 20 });
    if (r.ok) expect(r.applied).not.toContain('acceptanceRate');
  });

  it('uses explicit defaults and reports them', () => {
    const r = effectiveHourly({ min: 0.5, max: 0.5, currency: 'USD', unit: 'task' });
    expect(r.assumptions).toEqual(DEFAULT_ASSUMPTIONS);
    const perHour = (60 / DEFAULT_ASSUMPTIONS.minutesPerTask) * 0.5 * DEFAULT_ASSUMPTIONS.acceptanceRate;
    const dilution =
      DEFAULT_ASSUMPTIONS.firstPaidHours /
      (DEFAULT_ASSUMPTIONS.firstPaidHours + DEFAULT_ASSUMPTIONS.unpaidOnboardingHours);
    expect(r).toMatchObject({ ok: true, min: Math.round(perHour * dilution * 100) / 100 });
  });

  it.each(['word', 'audio_hour', 'year', 'project'] as const)(
    'explains why %s pay cannot be converted',
    (unit) => {
      const r = effectiveHourly({ min: 10, max: 10, currency: 'USD', unit });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/hourly/);
    },
  );

  it('says an amount with no unit gives no hourly rate, rather than guessing one', () => {
    const r = effectiveHourly({ min: 300, max: 300, currency: 'USD', unit: 'unstated' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/does not say what this amount pays for/);
  });

  it.each([
    [{ minutesPerTask: 0 }],
    [{ acceptanceRate: 0 }],
    [{ acceptanceRate: 1.5 }],
    [{ unpaidOnboardingHours: -1 }],
    [{ firstPaidHours: 0 }],
    [{ minutesPerTask: Number.NaN }],
  ])('rejects impossible assumptions %j', (assumptions) => {
    const r = effectiveHourly({ min: 1, max: 1, currency: 'USD', unit: 'task' }, assumptions);
    expect(r.ok).toBe(false);
  });
});
