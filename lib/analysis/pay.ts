import type { PayAmount, PayUnit } from './types';
import {
  DOT_THOUSANDS,
  PESO,
  PREFIX_SOURCE,
  SPACE_THOUSANDS,
  SUFFIX_SOURCE,
  YEARLY_SALARY_CURRENCIES,
  currencyOf,
  looksYearly,
  pesoCurrency,
} from './currency';
import { GROSS_NET_WORDS, UNIT_AFTER, UNIT_BEFORE, unitOfAdverb, unitOfLabel, unitOfWord } from './pay-units';
import { evidenceAt, sentenceAround, type ScanText } from './text-scan';
import {
  CLAIM_AFTER,
  CLAIM_BEFORE,
  ESTIMATE_BEFORE,
  GROSS_NET,
  RAISE_BEFORE,
  NOT_PAY_AFTER,
  NOT_PAY_BEFORE,
  isCalledPay,
} from './pay-context';

// A number as written: 1,000 / 1.000,50 / 6,00,000 (Indian grouping) / 4 900 / 12,50 / 0.5. Bounded repetition only.
const NUM =
  "(?<!\\d|\\d[.,])(\\d{1,2}(?:,\\d{2}){1,3},\\d{3}|\\d{1,3}(?:[.,' \\u00a0\\u202f]\\d{3}){1,4}(?:[.,]\\d{1,2})?|\\d{1,9}(?:[.,]\\d{1,2})?)(?!\\d)";
const K = '(\\s?k(?![a-z]))?';
const CENTS = '¢|cents?(?![a-z])';

/**
 * An amount with its currency: "$25", "US$ 1,200", "12,50 €", "30 USD", "50¢", "10 cents"; or a
 * bare one called gross or net ("ok 6200 brutto"), whose currency is the listing's (groups 7–8).
 */
const MONEY = new RegExp(
  `(?<![a-z])(${PREFIX_SOURCE})\\s?${NUM}${K}|${NUM}${K}\\s?(${SUFFIX_SOURCE}|${CENTS})|${NUM}${K}(?=\\s?(?:brutto|netto)(?![a-z]))`,
  'gi',
);
/** Amounts written with a currency only, to find the currencies a field uses. */
const MONEY_WITH_CURRENCY = new RegExp(
  `(?<![a-z])(${PREFIX_SOURCE})\\s?${NUM}|${NUM}${K}\\s?(${SUFFIX_SOURCE})`,
  'gi',
);
// Between the two ends of a range: "–", " to ", "-to- ", " - up to ", "~", "do" (Polish), "bis" (German),
// "에서" (Korean "from … to", written after the first amount).
const RANGE_JOIN = '(?:[-–—~]\\s{0,2}(?:(?:up )?to\\s{0,2}-?)?|to|and|up to|bis|do|до|에서)';
/** The second half of a range after an amount: "–35", " to $40", "-80k", " and €30". */
const RANGE_END = new RegExp(
  `^\\s{0,2}${RANGE_JOIN}\\s{0,2}(?:(${PREFIX_SOURCE})\\s?)?${NUM}${K}(?:\\s?(${SUFFIX_SOURCE}|${CENTS}))?`,
  'i',
);
/** The first half of a range before a suffix-currency amount: "20–", "between 12,50 and ". */
const RANGE_START = new RegExp(`${NUM}${K}\\s{0,2}(?:-|–|—|to|and|do|до)\\s{0,2}$`, 'i');
/**
 * What may sit right after an amount before its range or unit: the currency again ("PLN 191 300 zł",
 * "€60,000 EUR"), Indian and German zero-cents marks ("Rs.5,000/-", "DM 2.000,-"), "gross"/"brutto".
 * Group 1 = a repeated currency, which must be the amount's own.
 */
const AFTER_AMOUNT = new RegExp(
  `^(?:\\/-|,-|\\+)?(?:\\s?(${SUFFIX_SOURCE}))?(?:\\s?\\(?(?:${GROSS_NET_WORDS})\\)?(?![a-zа-я]))?`,
  'i',
);

const WINDOW = 48;
/** More amounts than this in one field is not a listing; stop looking (bounds time on junk). */
const MAX_AMOUNTS = 40;
const MAX_CANDIDATES = 400;

/** Reads "1,234.50", "1.234,50", "12,50", "6,00,000", "1.500" (EUR) into a number. */
export function parseNumber(raw: string, currency: string): number {
  const s = raw.replace(/[\s'\u00a0\u202f]/g, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const other = decimal === '.' ? ',' : '.';
    return Number(s.split(other).join('').replace(decimal, '.'));
  }
  const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : '';
  if (!sep) return Number(s);
  const parts = s.split(sep);
  const tail = parts[parts.length - 1];
  // A group of three after a separator is thousands, unless the number starts with 0 ("0,012").
  const thousands =
    parts[0] !== '0' &&
    (parts.length > 2 ||
      (sep === ',' && tail.length === 3) ||
      (sep === ',' && parts.length === 2 && /^\d{1,2},\d{2},\d{3}$/.test(s)) ||
      (sep === '.' && tail.length === 3 && DOT_THOUSANDS.has(currency)));
  return thousands ? Number(parts.join('')) : Number(parts.join('.'));
}

interface Unit {
  unit: PayUnit;
  per: number;
  scale: number;
  end: number;
}

function unitAfter(lower: string, at: number): Unit | undefined {
  const m = UNIT_AFTER.exec(lower.slice(at, at + WINDOW));
  if (!m) return undefined;
  const end = at + m[0].length;
  if (m[4]) return { ...unitOfAdverb(m[4]), per: 1, scale: 1, end };
  const word = unitOfWord(m[3]);
  // "/h" right after a number is hours; a bare "h" elsewhere is too ambiguous.
  if (m[3] === 'h' && !/^\s{0,2}\//.test(m[0])) return undefined;
  if (m[3] === 'ah' && !/^\s{0,2}(?:\/|per)/.test(m[0])) return undefined;
  const count = m[1] ? parseNumber(m[1], 'USD') * (m[2] ? 1000 : 1) : 1;
  return { unit: word.unit, per: count > 0 ? count : 1, scale: word.scale ?? 1, end };
}

function readAmount(raw: string, k: string | undefined, currency: string): number {
  return parseNumber(raw, currency) * (k ? 1000 : 1);
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;

/**
 * Where an amount's unit came from: written after it, a label before it, a salary-sized number, or
 * nowhere (an amount the text plainly calls pay, a bonus or a reward, with no unit given).
 */
export type UnitSource = 'after' | 'label' | 'size' | 'none';

export interface FoundPay {
  amount: PayAmount;
  unitSource: UnitSource;
  /**
   * The amount is an estimate of what other pay comes to ("Paid per task (approx. $11 per hour)"):
   * it shows the worker a figure but does not make the pay hourly.
   */
  estimate: boolean;
}

/** Every stated pay amount in one field, in order of appearance. Non-pay money (fees, checks) is left out. */
export function findPayAmounts(doc: ScanText): PayAmount[] {
  return findPay(doc).map((f) => f.amount);
}

/** The amount's currency notation, when it is one to read; "DM" only in capitals (else it is a direct message). */
function notationCurrency(notation: string, doc: ScanText): string | undefined {
  if (/^dm$/i.test(notation) && notation !== 'DM') return undefined;
  const code = currencyOf(notation);
  return code === PESO ? pesoCurrency(doc.lower) : code;
}

/** The one currency a field's amounts are written in, if they use exactly one. */
function soleCurrency(doc: ScanText): string | undefined {
  const seen = new Set<string>();
  MONEY_WITH_CURRENCY.lastIndex = 0;
  let m: RegExpExecArray | null;
  for (let n = 0; n < MAX_CANDIDATES && (m = MONEY_WITH_CURRENCY.exec(doc.clean)) !== null; n++) {
    const code = notationCurrency(m[1] ?? m[5], doc);
    if (code) seen.add(code);
    if (seen.size > 1) return undefined;
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}

/** Skips a repeated currency, "/-" or "gross" after an amount; returns the new end. */
function skipAfterAmount(clean: string, end: number, currency: string, doc: ScanText): number {
  const a = AFTER_AMOUNT.exec(clean.slice(end, end + WINDOW));
  if (!a || !a[0]) return end;
  if (a[1] && notationCurrency(a[1], doc) !== currency) return end;
  return end + a[0].length;
}

export function findPay(doc: ScanText): FoundPay[] {
  const { clean } = doc;
  const lower = doc.lower;
  const found: FoundPay[] = [];
  let fieldCurrency: string | null | undefined;
  /** Where the last amount kept ends, in `clean`. */
  let lastEnd = -1;
  MONEY.lastIndex = 0;
  let m: RegExpExecArray | null;
  let candidates = 0;
  while (found.length < MAX_AMOUNTS && candidates++ < MAX_CANDIDATES && (m = MONEY.exec(clean)) !== null) {
    let start = m.index;
    let end = start + m[0].length;
    const isPrefix = m[1] !== undefined;
    const bare = m[7] !== undefined;
    const suffix = isPrefix || bare ? undefined : m[6];
    const cents = !!suffix && /^(?:¢|cents?)$/i.test(suffix);
    const notation = isPrefix ? m[1] : cents ? '$' : (suffix ?? '');
    if (bare && fieldCurrency === undefined) fieldCurrency = soleCurrency(doc) ?? null;
    const named = bare ? (fieldCurrency ?? undefined) : notationCurrency(notation, doc);
    if (!named) {
      MONEY.lastIndex = start + 1;
      continue;
    }
    let currency = named;
    if (cents && /euro\s?$/i.test(clean.slice(Math.max(0, start - 6), start))) currency = 'EUR';
    let rawNum = isPrefix ? m[2] : bare ? m[7] : m[4];
    const kOn = isPrefix ? m[3] : bare ? m[8] : m[5];
    // "$5 100 tasks": a space groups thousands only in currencies written that way.
    if (isPrefix && rawNum.includes(' ') && !SPACE_THOUSANDS.has(currency)) {
      rawNum = rawNum.slice(0, rawNum.indexOf(' '));
      end = m.index + m[0].indexOf(rawNum) + rawNum.length;
    }
    let hi = readAmount(rawNum, kOn, currency);
    let lo = hi;
    end = skipAfterAmount(clean, end, currency, doc);

    {
      const r = RANGE_END.exec(clean.slice(end, end + WINDOW));
      if (r) {
        const endCurrency = r[1] ? notationCurrency(r[1], doc) : undefined;
        const endSuffix = r[4];
        if (!endCurrency || endCurrency === currency) {
          if (!cents && endSuffix && /^(?:¢|cents?)$/i.test(endSuffix)) {
            hi = readAmount(r[2], r[3], currency) / 100;
          } else {
            hi = readAmount(r[2], r[3], currency);
          }
          if (r[3] && !kOn && lo * 1000 <= hi) lo *= 1000;
          end = skipAfterAmount(clean, end + r[0].length, currency, doc);
        }
      }
    }
    if (lo === hi) {
      const window = clean.slice(Math.max(0, start - WINDOW), start);
      const r = RANGE_START.exec(window);
      if (r) {
        lo = readAmount(r[1], r[2], currency);
        if (kOn && !r[2] && lo * 1000 <= hi) lo *= 1000;
        start -= r[0].length;
      }
    }
    if (cents) {
      lo /= 100;
      hi /= 100;
    }
    MONEY.lastIndex = end;
    if (!(hi > 0) || !Number.isFinite(hi)) continue;
    if (lo > hi) [lo, hi] = [hi, lo];

    const before = lower.slice(Math.max(0, start - WINDOW), start);
    if (NOT_PAY_BEFORE.test(before) || NOT_PAY_AFTER.test(lower.slice(end, end + 40))) continue;

    let unit: PayUnit | undefined;
    let unitSource: UnitSource = 'after';
    let per = 1;
    let scale = 1;
    const after = unitAfter(lower, end);
    if (after) {
      ({ unit, per, scale } = after);
      end = after.end;
      // "$45/hr - $60/hr": the unit is repeated on both ends of the range.
      const second = lo === hi ? RANGE_END.exec(clean.slice(end, end + WINDOW)) : null;
      if (second && (!second[1] || notationCurrency(second[1], doc) === currency) && !second[4]) {
        const secondUnit = unitAfter(lower, end + second[0].length);
        const value = readAmount(second[2], second[3], currency) / (cents ? 100 : 1);
        if (secondUnit && secondUnit.unit === unit && secondUnit.per === per && value > hi) {
          hi = value;
          end = secondUnit.end;
          MONEY.lastIndex = end;
        }
      }
    } else {
      const label = UNIT_BEFORE.exec(before);
      unit = label ? unitOfLabel(label[1], hi, currency) : undefined;
      unitSource = 'label';
      if (!unit && looksYearly(hi, currency)) {
        unit = 'year';
        unitSource = 'size';
      } else if (
        !unit &&
        hi >= 1000 &&
        !YEARLY_SALARY_CURRENCIES.has(currency) &&
        GROSS_NET.test(clean.slice(start, end))
      ) {
        // "4400 zł brutto": where salaries are monthly, a gross or net amount without a unit is a month's pay.
        unit = 'month';
        unitSource = 'size';
      }
    }
    if (!unit && isCalledPay(lower, start, end)) {
      unit = 'unstated';
      unitSource = 'none';
    }
    if (!unit) {
      // "…, increasing to 31,50 zł": a raise on the rate just found, in the same sentence.
      if (RAISE_BEFORE.test(before.slice(-40)) && lastEnd >= sentenceAround(lower, start, end, 160)[0])
        raiseLast(found, hi, currency);
      continue;
    }

    const [sFrom] = sentenceAround(lower, start, end, 80);
    const claimWindow = lower.slice(Math.max(sFrom, start - 80), start);
    const kind =
      CLAIM_BEFORE.test(claimWindow) || CLAIM_AFTER.test(lower.slice(end, end + 40)) ? 'claim' : 'base';
    found.push({
      unitSource,
      estimate: ESTIMATE_BEFORE.test(before.slice(-24)),
      amount: {
        min: round(lo * scale),
        max: round(hi * scale),
        currency,
        unit,
        per,
        kind,
        text: clean.slice(start, end),
        evidence: evidenceAt(doc, start, end),
      },
    });
    lastEnd = end;
  }
  return found;
}

/**
 * "30,50 zł an hour, with the chance to increase to 31,50 zł": a unitless amount promised as a raise
 * on a single rate makes that rate a range up to it.
 */
function raiseLast(found: FoundPay[], value: number, currency: string) {
  const last = found.at(-1)?.amount;
  if (!last || last.currency !== currency || last.min !== last.max) return;
  // A raise, not another figure: above the rate and within reach of it.
  if (value > last.max && value <= last.max * 3) last.max = round(value);
}
