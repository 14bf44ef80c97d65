import type { SiteAdapter } from '../types';
import { readPlatformPage } from '../read';
import { identityOf } from '../identity';

export const clickworker: SiteAdapter = {
  ...identityOf('clickworker'),
  matches: ['https://clickworker.com/*', 'https://*.clickworker.com/*'],
  listingUrl: [
    /^https:\/\/workplace\.clickworker\.com\/(?:[a-z]{2}\/)?workplace\/jobs\/\d{1,12}\/?(?:[?#]|$)/,
    /^https:\/\/(?:www\.)?clickworker\.com\/(?:[a-z]{2}\/)?jobs\/[\w-]{1,150}\/?(?:[?#]|$)/,
  ],
  extract(doc, url) {
    return readPlatformPage(doc, {
      company: 'Clickworker',
      jobId: /\/([\w-]+)\/?$/.exec(url.pathname)?.[1],
      title: ['.job-header h1', 'h1.job-title'],
      description: ['.job-description', '.job-instructions'],
      pay: ['.job-payment'],
      location: ['.job-countries'],
    });
  },
  testUrls: {
    listing: [
      'https://workplace.clickworker.com/en/workplace/jobs/1189213',
      'https://www.clickworker.com/jobs/uhrs-search-rater/',
    ],
    notListing: [
      'https://workplace.clickworker.com/en/workplace/jobs',
      'https://workplace.clickworker.com/en/workplace/jobs/1189213/edit',
      'https://www.clickworker.com/',
    ],
  },
};
