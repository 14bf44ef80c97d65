import { defineFlag } from '../flag';

export const verifiedDomain = defineFlag({
  id: 'named_company_verifiable_domain',
  kind: 'good',
  severity: 'low',
  title: 'Company you can verify',
  explanation: 'The listing is on, or points to, the company’s own domain or a known job board.',
  match: { detector: 'verified_domain' },
  examples: {
    positive: [
      { url: 'https://outlier.ai/experts/physics', text: 'Outlier is looking for physics experts.' },
    ],
    negative: [{ url: 'https://outlier-careers.net', text: 'Outlier is hiring.' }],
  },
});
