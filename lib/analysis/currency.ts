import { escapeRegExp } from './escape-regexp';

/** Stands for "pesos" until the text says which country's: see pesoCurrency. */
export const PESO = 'PESO';

/**
 * Currency notation seen in listings, mapped to ISO 4217. Order matters in the tables: longer
 * notations first, so "US$" wins over "$".
 */
export const PREFIX_SYMBOLS: readonly (readonly [string, string])[] = [
  ['US$', 'USD'],
  ['CA$', 'CAD'],
  ['C$', 'CAD'],
  ['AU$', 'AUD'],
  ['A$', 'AUD'],
  ['NZ$', 'NZD'],
  ['R$', 'BRL'],
  ['S$', 'SGD'],
  ['HK$', 'HKD'],
  ['MX$', 'MXN'],
  ['COL$', 'COP'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₹', 'INR'],
  ['Rs.', 'INR'],
  ['Rs', 'INR'],
  ['Rp.', 'IDR'],
  ['Rp', 'IDR'],
  ['KSh.', 'KES'],
  ['KSh', 'KES'],
  ['Sh.', 'KES'],
  ['Sh', 'KES'],
  // A stablecoin, kept as its own ticker: paying in it is a red flag of its own.
  ['USDT', 'USDT'],
  // Deutsche Mark, in old German ads; only "DM" in capitals counts (see pay.ts).
  ['DM', 'DEM'],
  ['₱', 'PHP'],
  ['₦', 'NGN'],
  ['¥', 'JPY'],
  ['₩', 'KRW'],
  ['₺', 'TRY'],
  ['₫', 'VND'],
];

/** Codes accepted as written. PHP is left out on purpose: in listings it is far more often the language. */
export const CURRENCY_CODES: readonly string[] = [
  'USD',
  'EUR',
  'GBP',
  'INR',
  'IDR',
  'CAD',
  'AUD',
  'NZD',
  'BRL',
  'MXN',
  'NGN',
  'KES',
  'ZAR',
  'JPY',
  'CNY',
  'SGD',
  'HKD',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'TRY',
  'EGP',
  'PKR',
  'BDT',
  'VND',
  'MYR',
  'THB',
  'ARS',
  'COP',
  'CLP',
  'PEN',
  'UAH',
  'RON',
  'CZK',
  'HUF',
  'ILS',
  'AED',
  'SAR',
  'KRW',
  'TWD',
  'QAR',
  'UZS',
  'UGX',
  'TZS',
  'GHS',
  'DEM',
];

export const SUFFIX_WORDS: readonly (readonly [string, string])[] = [
  ['dollars', 'USD'],
  ['dollar', 'USD'],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['pounds', 'GBP'],
  ['rupees', 'INR'],
  ['rupee', 'INR'],
  ['rupiah', 'IDR'],
  ['reais', 'BRL'],
  ['pesos', PESO],
  ['peso', PESO],
  ['shillings', 'KES'],
  ['naira', 'NGN'],
  ['złotych', 'PLN'],
  ['zlotys', 'PLN'],
  ['usdt', 'USDT'],
  // "500/-": the Indian way of writing a whole rupee amount.
  ['/-', 'INR'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₹', 'INR'],
  ['zł', 'PLN'],
  ['$', 'USD'],
];

/** Currencies whose listings write 1.500 for one thousand five hundred. */
export const DOT_THOUSANDS = new Set([
  'EUR',
  'IDR',
  'BRL',
  'TRY',
  'VND',
  'ARS',
  'COP',
  'CLP',
  'DKK',
  'PLN',
  'DEM',
  'MXN',
  'UZS',
]);

/** Currencies whose listings write 4 900 (a plain space) for four thousand nine hundred. */
export const SPACE_THOUSANDS = new Set([
  'EUR',
  'PLN',
  'CZK',
  'SEK',
  'NOK',
  'DKK',
  'HUF',
  'UAH',
  'CHF',
  'UZS',
  'ZAR',
]);

export const PREFIX_SOURCE = [
  ...PREFIX_SYMBOLS.map(([s]) => escapeRegExp(s)),
  ...CURRENCY_CODES.map((c) => `${c}(?![a-z])`),
].join('|');

export const SUFFIX_SOURCE = [
  ...CURRENCY_CODES.map((c) => `${c}(?![a-z])`),
  ...SUFFIX_WORDS.map(([s]) => `${escapeRegExp(s)}(?![a-z])`),
].join('|');

const byNotation = new Map<string, string>();
for (const [s, code] of [...PREFIX_SYMBOLS, ...SUFFIX_WORDS]) byNotation.set(s.toLowerCase(), code);
for (const code of CURRENCY_CODES) byNotation.set(code.toLowerCase(), code);

/** ISO code for a notation matched by PREFIX_SOURCE or SUFFIX_SOURCE (case-insensitive). */
export function currencyOf(notation: string): string | undefined {
  return byNotation.get(notation.trim().toLowerCase());
}

// Country hints that decide which peso a text means. Without one, Mexico's: it has by far the most
// peso earners, and the amount still reads right if the hint is missed.
const PESO_COUNTRIES: readonly (readonly [RegExp, string])[] = [
  [/colombi|bogot[aá]|medell[ií]n|\+57\b|wa\.me\/57|\bcop\b/, 'COP'],
  [/argentin|buenos aires|\+54\b|wa\.me\/54|\bars\b/, 'ARS'],
  [/\bchile|santiago de chile|\+56\b|wa\.me\/56|\bclp\b/, 'CLP'],
  [/philippin|filipin|manila|\+63\b|wa\.me\/63/, 'PHP'],
  [/uruguay|montevideo|\+598\b/, 'UYU'],
  [/dominican|santo domingo/, 'DOP'],
];

/** Which peso a lowercased text means ("pesos" alone says nothing about the country). */
export function pesoCurrency(lower: string): string {
  for (const [hint, code] of PESO_COUNTRIES) if (hint.test(lower)) return code;
  return 'MXN';
}

/** Currencies whose salaries are usually stated per year; elsewhere a salary is usually per month. */
export const YEARLY_SALARY_CURRENCIES = new Set(['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SGD']);

// The smallest number that is plainly a yearly salary in each currency, where one can be told by size.
const YEARLY_FROM: Readonly<Record<string, number>> = {
  USD: 10_000,
  EUR: 10_000,
  GBP: 10_000,
  CAD: 10_000,
  AUD: 10_000,
  NZD: 10_000,
  CHF: 10_000,
  SGD: 10_000,
  PLN: 60_000,
  SEK: 150_000,
  NOK: 150_000,
  DKK: 150_000,
  CZK: 300_000,
};

/** True when an amount without a unit is too large to be anything but a yearly salary. */
export function looksYearly(amount: number, currency: string): boolean {
  const from = YEARLY_FROM[currency];
  return from !== undefined && amount >= from;
}
