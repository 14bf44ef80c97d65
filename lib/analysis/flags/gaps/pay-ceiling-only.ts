import { defineFlag } from '../flag';

export const payCeilingOnly = defineFlag({
  id: 'pay_ceiling_only',
  kind: 'gap',
  severity: 'low',
  title: 'Only a top rate is given',
  explanation: 'The pay is an "up to" figure or what top earners make. Ask what the base rate is.',
  match: { detector: 'pay_ceiling_only' },
  examples: { positive: ['Earn up to $50/hr reviewing answers.'], negative: ['$30 per hour, paid weekly.'] },
});
