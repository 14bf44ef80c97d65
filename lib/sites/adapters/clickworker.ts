import type { SiteAdapter } from '../types';
import { readPlatformPage } from '../read';

// Official domain: clickworker.com (workplace.clickworker.com for the worker's job list and job pages,
// www.clickworker.com for public pages), per the company's site and its support centre
// (support-workplace.clickworker.com); clickworker.de is the German company's home domain.
export const clickworker: SiteAdapter = {
  id: 'clickworker',
  name: 'Clickworker',
  kind: 'platform',
  officialDomains: ['clickworker.com', 'clickworker.de'],
  matches: ['https://clickworker.com/*', 'https://*.clickworker.com/*'],
  listingUrl: [
    /^https:\/\/workplace\.clickworker\.com\/(?:[a-z]{2}\/)?workplace\/jobs\/\d{1,12}\/?(?:[?#]|$)/,
    /^https:\/\/(?:www\.)?clickworker\.com\/(?:[a-z]{2}\/)?jobs\/[\w-]{1,150}\/?(?:[?#]|$)/,
  ],
  aliases: ['clickworker', 'Clickworker', 'UHRS via Clickworker'],
  hostTokens: ['clickworker', 'clickworkers'],
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
