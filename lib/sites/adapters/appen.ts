import type { SiteAdapter } from '../types';
import { readPlatformPage } from '../read';

// Official domains: appen.com (incl. connect.appen.com, the legacy contributor portal) and
// crowdgen.com, Appen's contributor brand since 2024, per Appen's site and CrowdGen's sign-up
// pages. Contributor projects are posted on Lever boards "appen" and "appen-2"
// (jobs.lever.co/appen/…), which CrowdGen's project pages link to.
export const appen: SiteAdapter = {
  id: 'appen',
  name: 'Appen (CrowdGen)',
  kind: 'platform',
  officialDomains: ['appen.com', 'crowdgen.com'],
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
  postsVia: [{ adapterId: 'lever', boardSlugs: ['appen', 'appen-2'] }],
  aliases: ['Appen', 'CrowdGen', 'Appen Connect'],
  hostTokens: ['appen', 'crowdgen', 'appenconnect'],
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
