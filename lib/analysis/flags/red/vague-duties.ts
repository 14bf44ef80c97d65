import { defineFlag } from '../flag';

export const vagueDuties = defineFlag({
  id: 'vague_duties',
  kind: 'red',
  severity: 'low',
  title: 'Vague work description',
  explanation: 'The work is only called simple or easy, with no word on what you would actually do.',
  match: {
    patterns: [
      /\b(?:simple|easy) (?:online )?(?:tasks|work|jobs)\b(?! such as)|\banyone can do\b|\bno skills\b|\bfrom your phone\b/,
      /\b(?:100% legit|not a scam|thousands of members paid)\b/,
      /\b(?:the )?work is (?:very )?(?:simple|easy)\b|\bel trabajo es (?:muy )?(?:simple|sencillo|facil)\b|\bkerja paruh waktu itu mudah\b/,
    ],
  },
  examples: {
    positive: ['Simple online tasks anyone can do.', '100% legit, not a scam!', 'The work is very simple.'],
    negative: ['Simple tasks such as tagging images.'],
  },
});
