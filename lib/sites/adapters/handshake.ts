import type { SiteAdapter } from '../types';
import { readPlatformPage } from '../read';
import { identityOf } from '../identity';

export const handshake: SiteAdapter = {
  ...identityOf('handshake'),
  matches: ['https://*.joinhandshake.com/*', 'https://joinhandshake.com/*', 'https://*.joinhandshake.ai/*'],
  listingUrl: [
    /^https:\/\/[\w-]{1,60}\.joinhandshake\.com\/(?:stu\/)?(?:jobs|job-search)\/\d{4,12}\/?(?:[?#]|$)/,
  ],
  extract(doc, url) {
    const id = /\/(\d{4,12})\/?$/.exec(url.pathname)?.[1];
    const fields = readPlatformPage(doc, {
      company: '',
      jobId: id,
      title: ['[data-hook="job-title"]'],
      description: ['[data-hook="job-description"]'],
      pay: ['[data-hook="job-pay"]'],
      location: ['[data-hook="job-location"]'],
      employmentType: ['[data-hook="job-type"]'],
      postedAt: ['[data-hook="job-posted"]'],
      canonicalUrl: id ? `https://app.joinhandshake.com/jobs/${id}` : undefined,
    });
    // Handshake lists many employers; the listing's own employer line says whose role it is.
    if (fields)
      fields.company =
        doc.querySelector('[data-hook="employer-name"]')?.textContent?.trim() || 'Handshake AI';
    return fields;
  },
  testUrls: {
    listing: [
      'https://app.joinhandshake.com/jobs/9876543',
      'https://app.joinhandshake.com/stu/jobs/9876543?ref=ai-fellowship',
      'https://umich.joinhandshake.com/jobs/9876544',
      'https://app.joinhandshake.com/job-search/9876543?page=1',
    ],
    notListing: [
      'https://app.joinhandshake.com/stu/postings',
      'https://support.joinhandshake.com/hc/en-us/articles/31620022060055-Introduction-to-the-MOVE-Program',
    ],
  },
};
