import { defineFlag } from '../flag';

export const moneyMule = defineFlag({
  id: 'money_mule',
  kind: 'red',
  severity: 'high',
  title: 'Moving money through your account',
  explanation:
    'Receiving payments into your own account and passing them on is money laundering for someone else. It can freeze your bank account and make you liable.',
  match: {
    patterns: [
      /\b(?:receive|accept|process) (?:\w{1,15} ){0,3}(?:payments?|funds|money|transfers?) (?:\w{1,15} ){0,3}(?:into|in|to|through|via) your (?:own |personal )?(?:bank )?(?:account|paypal)\b/,
      /\b(?:payment|financial|fund transfer|funds transfer) (?:processing )?(?:agent|representative)s?\b/,
      /\btransfer (?:the )?(?:money|funds|payments?) (?:to|on to) (?:our|the|other|a) (?:\w{1,15} ){0,2}(?:accounts?|clients?|vendors?|suppliers?)\b/,
      /\bkeep (?:\d{1,2} ?%|a percentage|a commission) (?:of|from) (?:each|every|the) (?:payment|transfer|transaction)/,
    ],
  },
  examples: {
    positive: [
      'You will receive customer payments into your personal bank account.',
      'Keep 10% of each transfer as your commission.',
    ],
    negative: ['Payments go to your bank account every two weeks.'],
  },
});
