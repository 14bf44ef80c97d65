// Amounts and rates as people read them: "$20–$40 per hour", "$0.30 per 1,000 words".
import type { PayAmount, PayUnit } from '@/lib/analysis/types';

const UNIT_WORDS: Record<Exclude<PayUnit, 'unstated'>, [one: string, many: string]> = {
  hour: ['hour', 'hours'],
  task: ['task', 'tasks'],
  item: ['item', 'items'],
  word: ['word', 'words'],
  audio_hour: ['audio hour', 'audio hours'],
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  year: ['year', 'years'],
  project: ['project', 'projects'],
};

const moneyFormats = new Map<string, Intl.NumberFormat>();

function formatMoney(amount: number, currency: string): string {
  let format = moneyFormats.get(currency);
  if (!format) {
    try {
      format = new Intl.NumberFormat(undefined, {
        style: 'currency',
        currency,
        minimumFractionDigits: 0,
        maximumFractionDigits: 2,
      });
    } catch {
      // An unusual code the browser does not know: plain number with the code after it.
      format = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
      return `${format.format(amount)} ${currency}`;
    }
    moneyFormats.set(currency, format);
  }
  return format.format(amount);
}

export function formatRange(min: number, max: number, currency: string): string {
  if (min === max) return formatMoney(min, currency);
  return `${formatMoney(min, currency)}–${formatMoney(max, currency)}`;
}

/** "per hour", "per 1,000 items". */
function perUnit(unit: PayUnit, per = 1): string {
  if (unit === 'unstated') return 'with no unit stated';
  const [one, many] = UNIT_WORDS[unit];
  return per === 1 ? `per ${one}` : `per ${per.toLocaleString()} ${many}`;
}

export function formatPay(pay: Pick<PayAmount, 'min' | 'max' | 'currency' | 'unit' | 'per'>): string {
  return `${formatRange(pay.min, pay.max, pay.currency)} ${perUnit(pay.unit, pay.per)}`;
}
