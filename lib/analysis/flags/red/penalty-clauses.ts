import { defineFlag } from '../flag';

export const penaltyClauses = defineFlag({
  id: 'penalty_clauses',
  kind: 'red',
  severity: 'medium',
  title: 'Penalties and legal threats for your work',
  explanation:
    'Terms that fine you, threaten legal action or void all pay below an accuracy mark are how form-filling and typing scams keep the fee and pay nothing.',
  match: {
    patterns: [
      /\blegal (?:action|notice|proceedings?|case) (?:will|shall|may|can) be (?:taken|initiated|sent|filed)\b/,
      /\bpenalty (?:of|will|charges?|amount)\b|\bpay (?:a )?penalty\b/,
      /\baccura\w{1,3} (?:below|less than|under|of less than) \d{2} ?%[^.\n]{0,80}\b(?:no payment|not (?:be )?(?:eligible|paid)|forfeit\w{0,3}|rejected|failed|cancel\w{0,4})\b/,
      /\b(?:qc|quality check) (?:fee|charges?|report|software)\b|\bstamp (?:paper|agreement) (?:charges?|fees?)\b|\bno\.? of chances\b/,
    ],
  },
  examples: {
    positive: [
      'Legal action will be taken if the work is not submitted.',
      'Projects with accuracy below 90% are considered failed and not paid.',
    ],
    negative: ['Accuracy targets are explained during training.'],
  },
});
