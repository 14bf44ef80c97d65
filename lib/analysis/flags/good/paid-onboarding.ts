import { defineFlag } from '../flag';

export const paidOnboarding = defineFlag({
  id: 'paid_onboarding',
  kind: 'good',
  severity: 'low',
  title: 'Paid onboarding',
  explanation: 'Training or onboarding time is paid, so qualifying does not cost you unpaid hours.',
  match: {
    negation: 'near',
    patterns: [
      /(?<!un)paid (?:onboarding|training|orientation|trial|assessment)\b/,
      /\b(?:training|onboarding|orientation) (?:is |will be |provided )?(?:\(?paid\)?|compensated)(?! for)\b/,
    ],
  },
  examples: {
    positive: ['Training is paid.', 'A paid onboarding session.', 'Training provided (paid).'],
    negative: ['Unpaid training.', 'There is no paid training.'],
  },
});
