import { useId, useState } from 'react';
import { effectiveHourly, type HourlyAssumptions } from '@/lib/analysis/effective-hourly';
import type { PayAmount } from '@/lib/analysis/types';
import { formatPay, formatRange } from './format';

interface Field {
  key: keyof HourlyAssumptions;
  label: string;
  /** Stored value → what the input shows, and back. */
  show: (value: number) => number;
  store: (input: number) => number;
  step: number;
  min: number;
  max?: number;
}

const FIELDS: Field[] = [
  { key: 'minutesPerTask', label: 'Minutes per task', show: (v) => v, store: (v) => v, step: 0.5, min: 0.1 },
  {
    key: 'acceptanceRate',
    label: 'Tasks accepted (%)',
    show: (v) => Math.round(v * 1000) / 10,
    store: (v) => v / 100,
    step: 5,
    min: 1,
    max: 100,
  },
  {
    key: 'unpaidOnboardingHours',
    label: 'Unpaid onboarding (hours)',
    show: (v) => v,
    store: (v) => v,
    step: 0.5,
    min: 0,
  },
  {
    key: 'firstPaidHours',
    label: 'Spread over first paid hours',
    show: (v) => v,
    store: (v) => v,
    step: 5,
    min: 1,
  },
];

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
      onChange({ ...assumptions, [field.key]: field.store(value) });
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
              value={typed[field.key] ?? String(field.show(assumptions[field.key]))}
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
