import { defineFlag } from '../flag';

export const missingPay = defineFlag({
  id: 'missing_pay',
  kind: 'gap',
  severity: 'low',
  title: 'Pay not stated',
  explanation:
    'No rate or pay basis is given. Ask for the rate and what it is paid per before you spend time on tests.',
  match: { detector: 'missing_pay' },
  examples: { positive: ['Competitive compensation. Apply today.'], negative: ['$20 per hour.'] },
});
