import type { SiteAdapter } from '../types';
import { readPlatformPage } from '../read';

// Official domain: mercor.com (work.mercor.com/jobs/list_<id> for listings), per Mercor's talent docs
// (talent.docs.mercor.com: "begin the application on work.mercor.com"). Mercor also hires through
// its Ashby board "mercor" (jobs.ashbyhq.com/mercor, api.ashbyhq.com/posting-api/job-board/mercor).
export const mercor: SiteAdapter = {
  id: 'mercor',
  name: 'Mercor',
  kind: 'platform',
  officialDomains: ['mercor.com'],
  matches: ['https://mercor.com/*', 'https://*.mercor.com/*'],
  listingUrl: [/^https:\/\/work\.mercor\.com\/jobs\/list_[A-Za-z0-9]{10,40}\/?(?:[?#]|$)/],
  postsVia: [{ adapterId: 'ashby', boardSlugs: ['mercor'] }],
  aliases: ['Mercor'],
  hostTokens: ['mercor'],
  extract(doc, url) {
    const id = /\/jobs\/(list_[A-Za-z0-9]+)/.exec(url.pathname)?.[1];
    return readPlatformPage(doc, {
      company: 'Mercor',
      jobId: id,
      title: ['[data-testid="job-title"]'],
      description: ['[data-testid="job-description"]'],
      pay: ['[data-testid="job-rate"]'],
      location: ['[data-testid="job-location"]'],
      employmentType: ['[data-testid="job-commitment"]'],
      canonicalUrl: id ? `https://work.mercor.com/jobs/${id}` : undefined,
    });
  },
  testUrls: {
    listing: [
      'https://work.mercor.com/jobs/list_AAABmZxe1Lvr8tEByeFKTr9q',
      'https://work.mercor.com/jobs/list_AAABl2Xq9pRt7sUvWxYz1AbC?referralCode=3694f086&utm_source=referral',
    ],
    notListing: [
      'https://work.mercor.com/jobs',
      'https://work.mercor.com/',
      'https://talent.docs.mercor.com/policies/social-media',
    ],
  },
};
