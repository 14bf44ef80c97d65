import type { SiteAdapter } from '../types';
import { readPlatformPage } from '../read';
import { identityOf } from '../identity';

export const alignerr: SiteAdapter = {
  ...identityOf('alignerr'),
  matches: ['https://alignerr.com/*', 'https://*.alignerr.com/*'],
  listingUrl: [/^https:\/\/(?:www\.)?alignerr\.com\/jobs\/[\w-]{1,80}\/?(?:[?#]|$)/],
  extract(doc, url) {
    const id = /\/jobs\/([\w-]+)/.exec(url.pathname)?.[1];
    return readPlatformPage(doc, {
      company: 'Alignerr',
      jobId: id,
      title: ['.job-header h1'],
      description: ['.job-description'],
      pay: ['.job-pay'],
      location: ['.job-location'],
      employmentType: ['.job-type'],
      canonicalUrl: id ? `https://www.alignerr.com/jobs/${id}` : undefined,
    });
  },
  testUrls: {
    listing: [
      'https://www.alignerr.com/jobs/05a3b35a-6931-4892-8fc7-3c9141fa2826',
      'https://www.alignerr.com/jobs/2037?utm_source=linkedin',
    ],
    notListing: [
      'https://www.alignerr.com/jobs',
      'https://app.alignerr.com/signin?job=2037',
      'https://www.alignerr.com/',
    ],
  },
};
