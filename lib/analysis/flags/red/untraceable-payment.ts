import { defineFlag } from '../flag';

export const untraceablePayment = defineFlag({
  id: 'untraceable_payment',
  kind: 'red',
  severity: 'medium',
  title: 'Crypto, gift card or money-transfer pay',
  explanation:
    'Money in crypto, gift cards or through transfer shops cannot be traced or pulled back. Established platforms pay through payroll, PayPal, Payoneer or bank transfer.',
  match: {
    negation: 'demand',
    patterns: [
      /(?:\b|\d)(?:usdt|bitcoin|btc|trc-?20|erc-?20|crypto(?:currency)?|tether|binance|coinbase wallet|crypto wallet)\b/,
      /\bgift ?cards?\b|\bitunes cards?\b|\bsteam cards?\b/,
      /\b(?:western union|moneygram|liberty reserve|perfect money|webmoney)\b/,
    ],
  },
  examples: {
    positive: [
      'Payouts in USDT (TRC20).',
      'You are paid with Amazon gift cards.',
      'Send it via Western Union.',
    ],
    negative: ['We never ask for gift cards or crypto.', 'Paid via PayPal every Friday.'],
  },
});
