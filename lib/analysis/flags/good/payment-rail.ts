import { defineFlag } from '../flag';

export const paymentRail = defineFlag({
  id: 'established_payment_rail',
  kind: 'good',
  severity: 'low',
  title: 'Payment method and schedule named',
  explanation: 'The listing says how and when you are paid, through a method that leaves a record.',
  match: {
    patterns: [
      /\b(?:via|through|by|with) (?:paypal|stripe|payoneer|airtm|wise|direct deposit|bank transfer)\b/,
      /\b(?:paid|payouts?|payments?) (?:weekly|bi-weekly|biweekly|monthly|every (?:week|two weeks|month))\b/,
    ],
  },
  examples: {
    positive: ['Paid weekly via PayPal.', 'Payments through Payoneer.'],
    negative: ['Paid in USDT.'],
  },
});
