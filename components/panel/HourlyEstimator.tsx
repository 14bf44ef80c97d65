import { useId, useState } from 'react';
import { effectiveHourly, type HourlyAssumptions } from '@/lib/analysis/effective-hourly';
import type { PayAmount } from '@/lib/analysis/types';
import { formatPay, formatRange } from '@/components/shared/pay-format';

interface Field {
  key: keyof HourlyAssumptions;
  label: string;
  /** The input shows the stored value times this (100 for a share shown as a percentage). */
  scale?: number;
  step: number;
  min: number;
  max?: number;
}

const FIELDS: Field[] = [
  { key: 'minutesPerTask', label: 'Minutes per task', step: 0.5, min: 0.1 },
  {
    key: 'acceptanceRate',
    label: 'Tasks accepted (%)',
    scale: 100,
    step: 5,
    min: 1,
    max: 100,
  },
  {
    key: 'unpaidOnboardingHours',
    label: 'Unpaid onboarding (hours)',
    step: 0.5,
    min: 0,
  },
  {
    key: 'firstPaidHours',
    label: 'Spread over first paid hours',
    step: 5,
    min: 1,
  },
];

/** What a field's input shows for a stored value, to one decimal place when scaled. */
function shown(field: Field, value: number): number {
  return field.scale ? Math.round(value * field.scale * 10) / 10 : value;
}

interface Props {
  pay: PayAmount;
  assumptions: HourlyAssumptions;
  onChange: (next: HourlyAssumptions) => void;
  platformName: string;
}

/** Turns per-task pay into an hourly figure under the user's own assumptions. */
export function HourlyEstimator({ pay, assumptions, onChange, platformName }: Props) {
  const id = useId();
  // What the user typed, so a half-typed number ("0.") is not rewritten under their cursor.
  const [typed, setTyped] = useState<Partial<Record<keyof HourlyAssumptions, string>>>({});
  const result = effectiveHourly(pay, assumptions);

  const change = (field: Field, raw: string) => {
    setTyped((t) => ({ ...t, [field.key]: raw }));
    const value = Number(raw.replace(',', '.'));
    if (raw.trim() !== '' && Number.isFinite(value))
      onChange({ ...assumptions, [field.key]: value / (field.scale ?? 1) });
  };

  return (
    <div className="estimator" data-testid="estimator">
      <h3 id={`${id}-heading`}>What {formatPay(pay)} works out to per hour</h3>
      <div className="estimator-grid" role="group" aria-labelledby={`${id}-heading`}>
        {FIELDS.map((field) => (
          <label key={field.key}>
            <span>{field.label}</span>
            <input
              type="number"
              inputMode="decimal"
              min={field.min}
              max={field.max}
              step={field.step}
              value={typed[field.key] ?? String(shown(field, assumptions[field.key]))}
              onChange={(e) => change(field, e.target.value)}
              onBlur={() => setTyped((t) => ({ ...t, [field.key]: undefined }))}
            />
          </label>
        ))}
      </div>
      <output className="estimate" aria-live="polite" data-testid="effective-hourly">
        {result.ok ? (
          <>
            <strong>About {formatRange(result.min, result.max, result.currency)} per hour</strong>
            <span className="muted">
              {' '}
              ({formatRange(result.nominalMin, result.nominalMax, result.currency)} per hour at full speed,
              before rejected tasks and unpaid hours)
            </span>
          </>
        ) : (
          <span>{result.reason}</span>
        )}
      </output>
      <p className="hint">Your numbers are kept for {platformName} on this device only.</p>
    </div>
  );
}
