import { escapeRegExp } from './escape-regexp';

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
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₹', 'INR'],
  ['Rs.', 'INR'],
  ['Rs', 'INR'],
  ['Rp.', 'IDR'],
  ['Rp', 'IDR'],
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
];

export const SUFFIX_WORDS: readonly (readonly [string, string])[] = [
  ['dollars', 'USD'],
  ['dollar', 'USD'],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['pounds', 'GBP'],
  ['rupees', 'INR'],
  ['rupiah', 'IDR'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₹', 'INR'],
  ['zł', 'PLN'],
  ['$', 'USD'],
];

/** Currencies whose listings write 1.500 for one thousand five hundred. */
export const DOT_THOUSANDS = new Set(['EUR', 'IDR', 'BRL', 'TRY', 'VND', 'ARS', 'COP', 'CLP', 'DKK', 'PLN']);

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
