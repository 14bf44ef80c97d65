import type { PayUnit } from './types';

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
  'hours?|hrs?|h|minutes?|mins?|words?|days?|weeks?|wk|months?|mo|years?|yr|annum|' +
  'projects?|milestones?|deliverables?|gigs?|' +
  'tasks?|hits?|assignments?|studies|study|surveys?|submissions?|questions?|prompts?|conversations?|responses?|' +
  'comparisons?|evaluations?|reviews?|judgments?|judgements?|ratings?|turns?|sessions?|' +
  'items?|annotations?|labels?|images?|photos?|pictures?|videos?|clips?|recordings?|utterances?|samples?|' +
  'records?|files?|documents?|pages?|bounding boxes|boxes|entries|entry|data points?|segments?|sentences?|' +
  'receipts?|forms?|invoices?|products?|listings?|posts?|tweets?|urls?|websites?|frames?|objects?|polygons?|keypoints?|' +
  'articles?|transcripts?|queries|query|pairs?|dialogues?|summar(?:y|ies)|translations?|whole job|entire job|whole project|entire project|whole batch';

const QUALIFIER =
  '(?:(?:approved|accepted|completed|valid|submitted|transcribed|finished|reviewed|qualifying|successful|labell?ed|annotated|written|translated|edited|recorded|worked|billable|logged) )?';
const NUMBER = '\\d{1,3}(?:[,.]\\d{3}){0,2}|\\d{1,7}';
// A few units in the languages listings most often mix with English pay figures.
const FOREIGN_HOUR = [
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
];
const FOREIGN_MONTH = [
  'pro monat',
  '/monat',
  'por mes',
  'al mes',
  '/mes',
  'par mois',
  '/mois',
  'per bulan',
  '/bulan',
];
const FOREIGN_SOURCE = [...FOREIGN_HOUR, ...FOREIGN_MONTH].map((w) => w.replace(/[/.']/g, '\\$&')).join('|');
const CODES = '(?:usd|eur|gbp|inr|idr|cad|aud|nzd|brl|mxn|sgd|chf)';

/**
 * What follows an amount: "/hr", "per 1,000 annotations", "an hour", "per approved task", "hourly".
 * Anchored at the start of a short window after the amount; group 1 = count, 2 = k, 3 = unit word,
 * 4 = adverb form.
 */
export const UNIT_AFTER = new RegExp(
  `^\\s{0,2}(?:\\(?${CODES}\\)?\\s{0,2})?(?:\\+\\s?)?(?:(?:\\/|per|an?|each|every|for each|for every|for every single|for the|for your)\\s{0,2}(?:(${NUMBER})\\s?(k)?\\s)?${QUALIFIER}(${UNIT_WORD_SOURCE})(?![a-z])|(hourly|daily|weekly|monthly|yearly|annually|per annum|p\\.a\\.|pa(?![a-z])|ph(?![a-z])|p\\/h|each(?![a-z])|${FOREIGN_SOURCE}))`,
);

/**
 * A label just before an amount: "Hourly rate: $25", "Pay per task: 50¢", "Salary: €45.000", "Reward: £1.20".
 * Group 1 = the label. Applied to a short window ending at the amount.
 */
export const UNIT_BEFORE =
  /\b(hourly|per hour|an hour|per task|per hit|per item|per annotation|per image|per word|per audio hour|per project|per milestone|per month|monthly|per week|weekly|per day|daily|per year|yearly|per annum|annual(?:ly)?|salary|reward|fixed[- ]price|budget|project (?:fee|price|rate)|stipend)\b[^\d\n$€£₹.,;]{0,30}$/;

/** Maps a unit word (group 3 of UNIT_AFTER) to its unit; tasks and the like become 'task'. */
export function unitOfWord(word: string): UnitWord {
  const w = word.replace(/\s+/g, ' ');
  for (const [pattern, unit] of UNIT_WORDS) if (pattern.test(w)) return unit;
  return { unit: 'task' };
}

export function unitOfAdverb(adverb: string): UnitWord {
  if (adverb === 'hourly' || adverb === 'ph' || adverb === 'p/h') return { unit: 'hour' };
  if (adverb === 'each') return { unit: 'task' };
  if (FOREIGN_HOUR.includes(adverb)) return { unit: 'hour' };
  if (FOREIGN_MONTH.includes(adverb)) return { unit: 'month' };
  if (adverb === 'daily') return { unit: 'day' };
  if (adverb === 'weekly') return { unit: 'week' };
  if (adverb === 'monthly') return { unit: 'month' };
  return { unit: 'year' };
}

/** Unit implied by a label before the amount; salary-like labels need a yearly-sized number. */
export function unitOfLabel(label: string, amount: number): PayUnit | undefined {
  if (/hour/.test(label)) return label.includes('audio') ? 'audio_hour' : 'hour';
  if (/task|hit|reward/.test(label)) return 'task';
  if (/item|annotation|image/.test(label)) return 'item';
  if (/word/.test(label)) return 'word';
  if (/project|milestone|fixed|budget/.test(label)) return 'project';
  if (/month|stipend/.test(label)) return 'month';
  if (/week/.test(label)) return 'week';
  if (/day|daily/.test(label)) return 'day';
  if (/year|annum|annual/.test(label)) return 'year';
  if (label === 'salary') return amount >= 10_000 ? 'year' : undefined;
  return undefined;
}
