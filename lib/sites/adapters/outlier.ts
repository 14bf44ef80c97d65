import type { SiteAdapter } from '../types';
import { textOf } from '../dom-text';

// Official domains: outlier.ai (marketing site, app.outlier.ai for the worker app), per the
// company's own site footer and help centre links.
export const outlier: SiteAdapter = {
  id: 'outlier',
  name: 'Outlier',
  kind: 'platform',
  officialDomains: ['outlier.ai'],
  matches: ['https://outlier.ai/*', 'https://*.outlier.ai/*'],
  listingUrl: [
    /^https:\/\/app\.outlier\.ai\/(?:en\/)?(?:expert|worker)\/opportunities\/[\w-]+/,
    /^https:\/\/outlier\.ai\/(?:en\/)?(?:careers|opportunities|jobs)\/[\w-]+/,
  ],
  notListing: [/^https:\/\/app\.outlier\.ai\/(?:en\/)?(?:expert|worker)\/?(?:$|\?)/],
  extract(doc) {
    const title = textOf(doc.querySelector('main h1, h1'));
    const description = textOf(
      doc.querySelector('[data-testid="opportunity-description"], main article, main'),
    );
    if (!title || !description) return null;
    return {
      title,
      company: 'Outlier',
      payText: textOf(doc.querySelector('[data-testid="opportunity-pay"], .pay-rate')) || undefined,
      description,
    };
  },
  testUrls: {
    listing: [
      'https://app.outlier.ai/en/expert/opportunities/physics-phd-ai-trainer',
      'https://outlier.ai/careers/generalist-ai-trainer',
    ],
    notListing: ['https://app.outlier.ai/en/expert', 'https://outlier.ai/'],
  },
};
