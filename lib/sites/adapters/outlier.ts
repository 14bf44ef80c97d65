import type { SiteAdapter } from '../types';
import { readPlatformPage } from '../read';
import { identityOf } from '../identity';

export const outlier: SiteAdapter = {
  ...identityOf('outlier'),
  matches: ['https://outlier.ai/*', 'https://*.outlier.ai/*'],
  listingUrl: [
    /^https:\/\/app\.outlier\.ai\/(?:[a-z]{2}\/)?(?:expert|worker)\/opportunities\/[\w-]{1,120}\/?(?:[?#]|$)/,
    /^https:\/\/(?:www\.)?outlier\.ai\/(?:[a-z]{2}\/)?(?:careers|opportunities|jobs|experts)\/[\w-]{1,120}\/?(?:[?#]|$)/,
  ],
  notListing: [/^https:\/\/app\.outlier\.ai\/(?:[a-z]{2}\/)?(?:expert|worker)\/?(?:[?#]|$)/],
  extract(doc, url) {
    const slug = /\/([\w-]+)\/?$/.exec(url.pathname)?.[1];
    return readPlatformPage(doc, {
      company: 'Outlier',
      jobId: slug,
      title: ['[data-testid="opportunity-title"]'],
      description: ['[data-testid="opportunity-description"]'],
      pay: ['[data-testid="opportunity-pay"]', '.pay-rate'],
      location: ['[data-testid="opportunity-location"]'],
      employmentType: ['[data-testid="opportunity-type"]'],
      canonicalUrl: `${url.origin}${url.pathname.replace(/\/$/, '')}`,
    });
  },
  testUrls: {
    listing: [
      'https://app.outlier.ai/en/expert/opportunities/physics-phd-ai-trainer',
      'https://app.outlier.ai/worker/opportunities/hindi-writing-evaluator?ref=email',
      'https://outlier.ai/careers/generalist-ai-trainer',
    ],
    notListing: [
      'https://app.outlier.ai/en/expert',
      'https://outlier.ai/',
      'https://app.outlier.ai/en/expert/',
    ],
  },
};
