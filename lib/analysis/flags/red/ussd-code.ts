import { defineFlag } from '../flag';

export const ussdCode = defineFlag({
  id: 'ussd_code',
  kind: 'red',
  severity: 'medium',
  title: 'Asks you to dial a phone code',
  explanation:
    'A code like *123# dialled from your phone can sign you up for paid services or move mobile money. No job application needs one.',
  match: { patterns: [/(?:^|[\s(])\*\d{2,4}(?:\*\d{1,8}){0,3}#/] },
  examples: {
    positive: ['Complete the job application by dialling *120*22446#'],
    negative: ['Use the code #AI2025 when you register.'],
  },
});
