import { defineFlag } from '../flag';

export const clientPaymentUnverified = defineFlag({
  id: 'client_payment_unverified',
  kind: 'red',
  severity: 'medium',
  title: 'Client’s payment method not verified',
  explanation:
    'On Upwork a client who has not verified a payment method may never pay, and fake jobs almost always come from such accounts.',
  match: { patterns: [/\bpayment (?:method )?(?:not verified|unverified)\b/] },
  examples: {
    positive: ['About the client: Payment method not verified · 0 jobs posted'],
    negative: ['Payment method verified · 4.9 of 5 reviews'],
  },
});
