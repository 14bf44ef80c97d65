import type { SiteAdapter } from '../types';
import { textOf } from '../dom-text';

// Official domain: linkedin.com (www.linkedin.com serves job pages at /jobs/view/<id>/ and the
// search split view at /jobs/search/?currentJobId=<id> and /jobs/collections/...).
export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  kind: 'board',
  officialDomains: ['linkedin.com'],
  matches: ['https://www.linkedin.com/*'],
  listingUrl: [
    /^https:\/\/www\.linkedin\.com\/jobs\/view\/(?:[\w-]*-)?\d+/,
    /^https:\/\/www\.linkedin\.com\/jobs\/(?:search|collections)\/[^#]*[?&]currentJobId=\d+/,
  ],
  spa: true,
  extract(doc, url) {
    const jobId =
      /\/jobs\/view\/(?:[\w-]*-)?(\d+)/.exec(url.pathname)?.[1] ??
      url.searchParams.get('currentJobId') ??
      undefined;
    const title = textOf(
      doc.querySelector(
        '.job-details-jobs-unified-top-card__job-title, .top-card-layout__title, .jobs-unified-top-card__job-title, h1',
      ),
    );
    const description = textOf(
      doc.querySelector(
        '#job-details, .jobs-description__content, .show-more-less-html__markup, .description__text',
      ),
    );
    if (!title || !description) return null;
    return {
      jobId,
      title,
      company: textOf(
        doc.querySelector(
          '.job-details-jobs-unified-top-card__company-name, .topcard__org-name-link, .jobs-unified-top-card__company-name',
        ),
      ),
      location:
        textOf(doc.querySelector('.job-details-jobs-unified-top-card__bullet, .topcard__flavor--bullet')) ||
        undefined,
      description,
      canonicalUrl: jobId ? `https://www.linkedin.com/jobs/view/${jobId}/` : undefined,
    };
  },
  testUrls: {
    listing: [
      'https://www.linkedin.com/jobs/view/4012345678/',
      'https://www.linkedin.com/jobs/search/?currentJobId=4012345678&keywords=ai%20trainer',
    ],
    notListing: ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/jobs/'],
  },
};
