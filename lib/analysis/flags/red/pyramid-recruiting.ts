import { defineFlag } from '../flag';

export const pyramidRecruiting = defineFlag({
  id: 'pyramid_recruiting',
  kind: 'red',
  severity: 'low',
  title: 'Paid to recruit others',
  explanation:
    'Income from building a team or a downline, rather than from work you do, is how pyramid schemes pay the few at the top.',
  match: {
    patterns: [
      /\bdownline\b|\b(?:level|tier) \d commission\b|\bbuild (?:a |your )?team (?:of|and earn)\b/,
      /\b(?:join|invite|recruit) \d{1,3}(?: ?- ?\d{1,3})? (?:people|members|friends|persons)\b/,
    ],
  },
  examples: {
    positive: ['Build a team of 10 people and earn every month.', 'Join 10 people and earn more.'],
    negative: ['Refer a qualified friend to the project.'],
  },
});
