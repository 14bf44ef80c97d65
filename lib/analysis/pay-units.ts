import type { PayUnit } from './types';
import { YEARLY_SALARY_CURRENCIES, looksYearly } from './currency';
import { judgedForms } from './judged-words';

/** How a unit word maps to a pay unit; `scale` converts minutes into hours. */
interface UnitWord {
  unit: PayUnit;
  scale?: number;
}

// Ordered longest first inside each group so that alternation picks the most specific word.
const UNIT_WORDS: readonly (readonly [RegExp, UnitWord])[] = [
  [
    /^(?:audio hours?|hours? of (?:transcribed |recorded )?(?:audio|speech)|transcribed hours?)$/,
    { unit: 'audio_hour' },
  ],
  [/^(?:audio minutes?|minutes? of (?:audio|speech))$/, { unit: 'audio_hour', scale: 60 }],
  [/^(?:ah)$/, { unit: 'audio_hour' }],
  [/^(?:hours?|hrs?|h)$/, { unit: 'hour' }],
  [/^(?:minutes?|mins?)$/, { unit: 'hour', scale: 60 }],
  [/^(?:words?)$/, { unit: 'word' }],
  [/^(?:days?|daily)$/, { unit: 'day' }],
  [/^(?:weeks?|wk|weekly)$/, { unit: 'week' }],
  [/^(?:months?|mo|monthly)$/, { unit: 'month' }],
  [/^(?:years?|yr|annum|annually|yearly)$/, { unit: 'year' }],
  [
    /^(?:projects?|milestones?|deliverables?|gigs?|whole job|entire job|whole project|entire project|whole batch)$/,
    { unit: 'project' },
  ],
  [
    /^(?:items?|annotations?|labels?|images?|photos?|pictures?|videos?|clips?|recordings?|utterances?|samples?|records?|files?|documents?|pages?|boxes|bounding boxes|entries|entry|data points?|segments?|sentences?|receipts?|forms?|invoices?|products?|listings?|posts?|tweets?|urls?|websites?|frames?|objects?|polygons?|keypoints?|articles?|transcripts?)$/,
    { unit: 'item' },
  ],
];

const UNIT_WORD_SOURCE =
  'audio hours?|audio minutes?|hours? of (?:transcribed |recorded )?(?:audio|speech)|minutes? of (?:audio|speech)|transcribed hours?|' +
  'hours?|hrs?|h|ah|minutes?|mins?|words?|days?|weeks?|wk|months?|mo|years?|yr|annum|' +
  'projects?|milestones?|deliverables?|gigs?|' +
  'tasks?|hits?|assignments?|studies|study|surveys?|submissions?|questions?|prompts?|conversations?|responses?|' +
  'comparisons?|evaluations?|reviews?|judgments?|judgements?|ratings?|rates?|likes?|follows?|turns?|sessions?|' +
  'items?|annotations?|labels?|images?|photos?|pictures?|videos?|clips?|recordings?|utterances?|samples?|' +
  'records?|files?|documents?|pages?|bounding boxes|boxes|entries|entry|data points?|segments?|sentences?|' +
  'receipts?|forms?|invoices?|products?|listings?|posts?|tweets?|urls?|websites?|frames?|objects?|polygons?|keypoints?|' +
  'articles?|transcripts?|queries|query|pairs?|dialogues?|summar(?:y|ies)|translations?|whole job|entire job|whole project|entire project|whole batch';

const QUALIFIER =
  '(?:(?:approved|accepted|completed|valid|submitted|transcribed|finished|reviewed|qualifying|successful|labell?ed|annotated|written|translated|edited|recorded|worked|billable|logged) )?';
const NUMBER = '\\d{1,3}(?:[,.]\\d{3}){0,2}|\\d{1,7}';
// Units in the languages listings most often mix with pay figures ("30,50 zł brutto za godzinę",
// "500 reais por dia", "DM 2.000,- pro Woche"), matched as written and as cleaned.
const FOREIGN_UNITS: readonly (readonly [words: readonly string[], unit: PayUnit])[] = [
  [
    [
      'pro stunde',
      '/std',
      '/stunde',
      'por hora',
      'la hora',
      '/hora',
      'par heure',
      "de l'heure",
      '/heure',
      'per jam',
      '/jam',
      "l'ora",
      "all'ora",
      'za godzinę',
      'na godzinę',
      'do każdej przepracowanej godziny',
      'za każdą przepracowaną godzinę',
      '/godz',
      'za godz',
      'за годину',
      'за час',
      'в час',
    ],
    'hour',
  ],
  [
    [
      'pro tag',
      'por día',
      'al día',
      'ao dia',
      'por jornada',
      'par jour',
      'per hari',
      '/hari',
      'dziennie',
      'за день',
      'в день',
      'diários',
      'diarios',
    ],
    'day',
  ],
  [['pro woche', 'por semana', 'par semaine', 'per minggu', 'tygodniowo', 'на тиждень', 'в неделю'], 'week'],
  [
    [
      'pro monat',
      '/monat',
      'por mes',
      'por mês',
      'al mes',
      'ao mês',
      '/mes',
      'mensais',
      'mensales',
      'mensuales',
      'mensal',
      'par mois',
      '/mois',
      'per bulan',
      '/bulan',
      'miesięcznie',
      'na miesiąc',
      'на місяць',
      'за місяць',
      'в месяц',
    ],
    'month',
  ],
  [['pro jahr', 'por año', 'por ano', 'al año', 'rocznie', 'на рік', 'в год'], 'year'],
  [['por tareas', 'por tarea', 'por tarefas', 'por tarefa', 'per tugas', 'za zadanie'], 'task'],
];
const FOREIGN_SOURCE = FOREIGN_UNITS.map(([words]) => judgedForms(words)).join('|');
const FOREIGN_PATTERNS = FOREIGN_UNITS.map(
  ([words, unit]) => [new RegExp(`^(?:${judgedForms(words)})$`), unit] as const,
);
const CODES = '(?:usd|eur|gbp|inr|idr|cad|aud|nzd|brl|mxn|sgd|chf|pln|kes|zł|reais|pesos)';
// Words between an amount and its unit that say nothing about the unit: "4 900 zł brutto / miesiąc".
export const GROSS_NET_WORDS = judgedForms([
  'gross',
  'net',
  'brutto',
  'netto',
  'брутто',
  'нетто',
  'before tax',
  'pre-tax',
]);
const GROSS_NET = `(?:(?:${GROSS_NET_WORDS})\\s{1,2})?`;

/**
 * What follows an amount: "/hr", "per 1,000 annotations", "an hour", "per approved task", "hourly".
 * Anchored at the start of a short window after the amount; group 1 = count, 2 = k, 3 = unit word,
 * 4 = adverb form.
 */
export const UNIT_AFTER = new RegExp(
  `^\\s{0,2}(?:\\+\\s?)?(?:\\(?${CODES}\\)?\\s{0,2})?(?:\\+\\s?)?${GROSS_NET}(?:(?:and more|or more|and up|extra)\\s{1,2})?(?:(?:\\/\\s?per|\\/|per|an?|each|every|for each|for every|for every single|for the|for your)\\s{0,2}(?:(${NUMBER})\\s?(k)?\\s)?${QUALIFIER}(${UNIT_WORD_SOURCE})(?![a-z])|(hourly|daily|weekly|monthly|yearly|annually|per annum|p\\.a\\.|pa(?![a-z])|ph(?![a-z])|p\\/h|each(?![a-z])|bount(?:y|ies)(?![a-z])|(?:${FOREIGN_SOURCE})(?![a-z])))`,
);

/**
 * A label just before an amount: "Hourly rate: $25", "Pay per task: 50¢", "Salary: €45.000", "Reward: £1.20",
 * "Pay Range (rate per hour)⏎$15", "salário diário de R$ 500", "gaji harian: Rp 200.000".
 * Group 1 = the label. Applied to a short window ending at the amount.
 */
const SALARY_WORDS = [
  'salary',
  'salário',
  'salario',
  'sueldo',
  'gaji',
  'wynagrodzenie',
  'pensja',
  'зарплата',
  'заробітна плата',
  'gehalt',
];
const HOUR_LABELS = ['시간당'];
const MONTH_LABELS = [
  'salário mensal',
  'gaji bulanan',
  'bulanan',
  'miesięcznie',
  'на місяць',
  'हर महीना',
  'हर महीने',
  'प्रति माह',
];
const DAY_LABELS = ['salário diário', 'gaji harian', 'harian', 'diário', 'diária', 'diario', 'diaria'];

export const UNIT_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{M}])(hourly|per hour|an hour|per (?:task|hit|assignment|item|annotation|image|page|word|audio hour|project|milestone|month|week|day|year|annum)|monthly|weekly|daily|yearly|annual(?:ly)?|reward|fixed[- ]price|budget|project (?:fee|price|rate)|stipend|${judgedForms([...HOUR_LABELS, ...MONTH_LABELS, ...DAY_LABELS, ...SALARY_WORDS])})(?![\\p{L}\\p{M}])[^\\d\\n$€£₹.,;]{0,40}(?:\\n\\s{0,3})?$`,
  'u',
);

const SALARY_LABEL = new RegExp(`^(?:${judgedForms(SALARY_WORDS)})$`);
const MONTH_LABEL = new RegExp(`^(?:${judgedForms(MONTH_LABELS)})$`);
const DAY_LABEL = new RegExp(`^(?:${judgedForms(DAY_LABELS)})$`);

/** Maps a unit word (group 3 of UNIT_AFTER) to its unit; tasks and the like become 'task'. */
export function unitOfWord(word: string): UnitWord {
  const w = word.replace(/\s+/g, ' ');
  for (const [pattern, unit] of UNIT_WORDS) if (pattern.test(w)) return unit;
  return { unit: 'task' };
}

export function unitOfAdverb(adverb: string): UnitWord {
  if (adverb === 'hourly' || adverb === 'ph' || adverb === 'p/h') return { unit: 'hour' };
  // "$100–$5,000 bounties": a bounty is paid per accepted finding.
  if (adverb === 'each' || adverb.startsWith('bount')) return { unit: 'task' };
  for (const [pattern, unit] of FOREIGN_PATTERNS) if (pattern.test(adverb)) return { unit };
  if (adverb === 'daily') return { unit: 'day' };
  if (adverb === 'weekly') return { unit: 'week' };
  if (adverb === 'monthly') return { unit: 'month' };
  return { unit: 'year' };
}

/**
 * Unit implied by a label before the amount. A salary label means a year for a yearly-sized
 * number, otherwise a month where monthly pay is the custom (or the number is month-sized).
 */
export function unitOfLabel(label: string, amount: number, currency: string): PayUnit | undefined {
  if (/hour|시간당/.test(label)) return label.includes('audio') ? 'audio_hour' : 'hour';
  if (/task|hit|reward|assignment/.test(label)) return 'task';
  if (/item|annotation|image|page/.test(label)) return 'item';
  if (/word/.test(label)) return 'word';
  if (/project|milestone|fixed|budget/.test(label)) return 'project';
  if (/month|stipend/.test(label) || MONTH_LABEL.test(label)) return 'month';
  if (/week/.test(label)) return 'week';
  if (/day|daily/.test(label) || DAY_LABEL.test(label)) return 'day';
  if (/year|annum|annual/.test(label)) return 'year';
  if (SALARY_LABEL.test(label)) {
    if (looksYearly(amount, currency)) return 'year';
    if (!YEARLY_SALARY_CURRENCIES.has(currency) || amount >= 1000) return 'month';
  }
  return undefined;
}
