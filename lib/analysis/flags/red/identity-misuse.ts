import { defineFlag } from '../flag';

export const identityMisuse = defineFlag({
  id: 'identity_misuse',
  kind: 'red',
  severity: 'high',
  title: 'Work under someone else’s name',
  explanation:
    'Attending interviews as another person, or lending your freelancing or bank accounts, breaks every platform’s terms and can leave you with their debts or crimes.',
  match: {
    patterns: [
      /\bon my behalf\b|\busing my (?:name|identity|resume|cv|profile|account)\b|\bmy name and (?:resume|cv)\b/,
      /\b(?:share|rent|lend|sell|use|borrow) (?:\w{1,15} ){0,2}(?:your )?(?:upwork|freelanc\w{0,5}|fiverr|linkedin|github|platform|bank|paypal) (?:platform )?accounts?\b/,
      /\baccount (?:rental|sharing)\b|\brent your account\b|\bnot using your (?:\w{1,15} ){0,3}accounts?\b/,
      /\b(?:attend|take|do) (?:\w{1,15} ){0,2}interviews? (?:for me|in my place|as me)\b/,
    ],
  },
  examples: {
    positive: [
      'Attend these interviews on my behalf, using my name and resume.',
      'If you are not using your freelancing platform accounts, how about sharing them with me?',
    ],
    negative: ['Interview with our hiring team on Zoom.'],
  },
});
