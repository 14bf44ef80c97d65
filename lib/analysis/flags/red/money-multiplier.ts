import { defineFlag } from '../flag';

export const moneyMultiplier = defineFlag({
  id: 'money_multiplier',
  kind: 'red',
  severity: 'high',
  title: 'Pay in to get more back',
  explanation:
    'A promise to turn a small payment into a large one, through a "gifting program" or a system you buy into, is a pyramid or advance-fee scheme: the money only flows up.',
  match: {
    patterns: [
      /\bturn \$?\d[\d,]{0,9} into \$?\d/,
      /\bgifting (?:program|circle|club)\b/,
      /\b(?:invest|pay|send) (?:only |just )?\$?\d[\d,]{0,9} (?:and|to) (?:get|receive|earn|make) \$?\d/,
    ],
  },
  examples: {
    positive: ['Learn how to turn $55 into $1,770 a month!', 'Join the hottest new gifting program.'],
    negative: ['Turn feedback into better model answers.'],
  },
});
