import type { SiteAdapter } from '../types';
import { readPlatformPage } from '../read';
import { identityOf } from '../identity';

export const micro1: SiteAdapter = {
  ...identityOf('micro1'),
  matches: ['https://micro1.ai/*', 'https://*.micro1.ai/*'],
  listingUrl: [
    /^https:\/\/jobs\.micro1\.ai\/post\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/?(?:[?#]|$)/,
  ],
  extract(doc, url) {
    const id = /\/post\/([0-9a-f-]{36})/.exec(url.pathname)?.[1];
    return readPlatformPage(doc, {
      company: 'micro1',
      jobId: id,
      title: ['.job-header h1'],
      description: ['.job-description'],
      pay: ['.job-pay'],
      location: ['.job-location'],
      employmentType: ['.job-type'],
      canonicalUrl: id ? `https://jobs.micro1.ai/post/${id}` : undefined,
    });
  },
  testUrls: {
    listing: [
      'https://jobs.micro1.ai/post/1407cefb-7515-4662-8c30-97ca8952a506',
      'https://jobs.micro1.ai/post/1407cefb-7515-4662-8c30-97ca8952a506?referralCode=d79d628f&utm_id=11871827',
    ],
    notListing: [
      'https://jobs.micro1.ai/',
      'https://talent.micro1.ai/',
      'https://kb.micro1.ai/kb/support/troubleshooting-clients',
    ],
  },
};
