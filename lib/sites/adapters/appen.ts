import type { SiteAdapter } from '../types';
import { readPlatformPage } from '../read';
import { identityOf } from '../identity';

export const appen: SiteAdapter = {
  ...identityOf('appen'),
  matches: [
    'https://appen.com/*',
    'https://*.appen.com/*',
    'https://crowdgen.com/*',
    'https://*.crowdgen.com/*',
  ],
  listingUrl: [
    /^https:\/\/(?:www\.)?appen\.com\/jobs\/[\w-]{1,150}\/?(?:[?#]|$)/,
    /^https:\/\/(?:www\.)?crowdgen\.com\/(?:jobs|projects|opportunities)\/[\w-]{1,150}\/?(?:[?#]|$)/,
  ],
  extract(doc, url) {
    const company = url.hostname.endsWith('crowdgen.com') ? 'CrowdGen by Appen' : 'Appen';
    return readPlatformPage(doc, {
      company,
      jobId: /\/([\w-]+)\/?$/.exec(url.pathname)?.[1],
      title: ['h1.entry-title', '.project-header h1'],
      description: ['.job-description', '.entry-content', '.project-body'],
      pay: ['.job-meta .pay', '.project-meta .pay'],
      location: ['.job-meta .location', '.project-meta .location'],
      employmentType: ['.job-meta .type', '.project-meta .type'],
    });
  },
  testUrls: {
    listing: [
      'https://appen.com/jobs/search-engine-evaluator-united-states/',
      'https://crowdgen.com/projects/video-similarity-review',
      'https://www.crowdgen.com/jobs/english-us-transcription?utm_medium=ads',
    ],
    notListing: [
      'https://appen.com/jobs/',
      'https://crowdgen.com/',
      'https://connect.appen.com/qrp/core/login',
    ],
  },
};
