import { defineFlag } from '../flag';

export const statedPay = defineFlag({
  id: 'stated_pay_rate',
  kind: 'good',
  severity: 'low',
  title: 'Rate and basis stated',
  explanation: 'You can see how much the work pays and per what.',
  match: { detector: 'stated_pay_rate' },
  examples: { positive: ['Pay: $25 per hour for rating chatbot answers.'], negative: ['Competitive pay.'] },
});
