import { defineFlag } from '../flag';

export const noCompany = defineFlag({
  id: 'no_company_identity',
  kind: 'gap',
  severity: 'low',
  title: 'No company named',
  explanation: 'Nothing names a company you could look up, and there is no page address to check.',
  match: { detector: 'no_company_identity' },
  examples: {
    positive: ['Remote reviewers wanted, flexible hours.'],
    negative: ['Acme Labs Inc. hires reviewers.'],
  },
});
