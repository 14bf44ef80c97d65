import type { SiteAdapter } from '../types';
import { readPlatformPage } from '../read';
import { identityOf } from '../identity';

// Real pages: none found. Public code shows remotasks.com only as the task platform (/en/worker,
// /en/tasker, /login, canary.remotasks.com tools) and lists it by its home page; no public listing
// page, JSON-LD or page data was seen. The URL forms and both fixtures are this adapter's
// assumption, kept because a listing-shaped page on the official host is still worth reading.
export const remotasks: SiteAdapter = {
  ...identityOf('remotasks'),
  matches: ['https://remotasks.com/*', 'https://*.remotasks.com/*'],
  listingUrl: [
    /^https:\/\/(?:www\.)?remotasks\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:jobs|opportunities|projects)\/[\w-]{1,120}\/?(?:[?#]|$)/,
  ],
  notListing: [
    /^https:\/\/(?:www\.)?remotasks\.com\/(?:[a-z]{2}\/)?(?:tasks|signup|login|worker)(?:[/?#]|$)/,
  ],
  extract(doc, url) {
    return readPlatformPage(doc, {
      company: 'Remotasks',
      jobId: /\/([\w-]+)\/?$/.exec(url.pathname)?.[1],
      title: ['h1.job-title'],
      description: ['.job-description'],
      pay: ['.job-pay'],
      location: ['.job-location'],
      employmentType: ['.job-type'],
    });
  },
  testUrls: {
    listing: [
      'https://www.remotasks.com/en/jobs/lidar-annotation-specialist',
      'https://www.remotasks.com/en/opportunities/ai-writing-tasker?source=fb',
    ],
    notListing: [
      'https://www.remotasks.com/en/tasks',
      'https://www.remotasks.com/en/signup',
      'https://www.remotasks.com/',
    ],
  },
};
