import type { SiteAdapter } from '../types';
import { readPlatformPage } from '../read';
import { identityOf } from '../identity';

// Real pages: Appen posts its roles on Lever (jobs.lever.co/appen, read by the Lever adapter), seen
// in danilorg11/wahojobs-ai-tracker (APPEN_SEED, wahojobs/crawler/companies/appen.py). CrowdGen by
// Appen publishes each public project as one page at the site root, named after the project and
// its language or market: crowdgen.com/moogerah-en-kr/, /vistula-ko-us-a/, /plumeria-korean-remote/
// (project, role, tasks, requirements, pay such as "USD 18/hour"), seen in public curated-source
// records (unnamed in the index); crowdgen.com/docs/… and /terms-of-service/ are site pages. The
// project pages' markup was not seen, nor any appen.com/jobs/<slug> page: those fixtures'
// structure is this adapter's assumption.
const CROWDGEN_SITE_PAGES =
  'terms-of-service|privacy-policy|cookie-policy|about-us|contact-us|sign-up|log-in|docs|blog|faq|projects|jobs|careers';

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
    new RegExp(
      String.raw`^https:\/\/(?:www\.)?crowdgen\.com\/(?!(?:${CROWDGEN_SITE_PAGES})\/?(?:[?#]|$))[a-z]{3,30}(?:-[a-z0-9]{1,20}){1,4}\/?(?:[?#]|$)`,
    ),
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
      'https://crowdgen.com/vistula-ko-us-a/',
      'https://www.crowdgen.com/plumeria-korean-remote?utm_medium=ads',
    ],
    notListing: [
      'https://appen.com/jobs/',
      'https://crowdgen.com/',
      'https://crowdgen.com/terms-of-service/',
      'https://crowdgen.com/de/',
      'https://crowdgen.com/docs/payments/general-payments-faq/',
      'https://connect.appen.com/qrp/core/login',
    ],
  },
};
