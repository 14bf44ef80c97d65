import { defineFlag } from '../flag';

export const clientPaymentVerified = defineFlag({
  id: 'client_payment_verified',
  kind: 'good',
  severity: 'low',
  title: 'Client’s payment method verified',
  explanation: 'Upwork has checked that this client can pay.',
  match: { patterns: [/\bpayment (?:method )?verified\b/] },
  examples: { positive: ['Payment method verified · 4.9 of 5'], negative: ['Payment method not verified'] },
});
