import type { SiteAdapter } from '../types';
import { readPlatformPage } from '../read';
import { identityOf } from '../identity';

// Real pages: the AI Community's jobs are www.telusinternational.ai/cmp/contributor/jobs/available/<id>
// (signed in) and /cmp/public/jobs/available/<id> (public), served by a Vite single-page app
// (/cmp/assets/index-….js) that loads them from api.telusinternational.ai/apapi/v1/list-job-posts
// (title, description, location, hiring_country, hiring_language, compensation, job_type,
// employment_type). Seen in public TELUS job collectors (unnamed in the index). TELUS Digital's
// careers site lists AI Community roles as jobs.telusdigital.com/en/jobs/<id>-<slug> (behind a
// Cloudflare challenge for scripts), seen in public job-research notes. No saved rendered page of
// either was found: the markup (and the data-testid hooks below) is this adapter's assumption.
export const telus: SiteAdapter = {
  ...identityOf('telus'),
  matches: [
    'https://*.telusinternational.ai/*',
    'https://*.telusdigital.com/*',
    'https://*.telusinternational.com/*',
  ],
  listingUrl: [
    /^https:\/\/www\.telusinternational\.ai\/cmp\/(?:contributor|public)\/jobs\/available\/\d{1,10}\/?(?:[?#]|$)/,
    /^https:\/\/jobs\.telusdigital\.com\/[a-z]{2}(?:-[a-z]{2})?\/jobs\/\d{4,12}(?:-[\w-]{1,150})?\/?(?:[?#]|$)/,
  ],
  extract(doc, url) {
    const id = /\/available\/(\d+)/.exec(url.pathname)?.[1] ?? /\/jobs\/(\d+)/.exec(url.pathname)?.[1];
    return readPlatformPage(doc, {
      company: 'TELUS Digital',
      jobId: id,
      title: ['[data-testid="job-title"]', 'h1'],
      description: ['[data-testid="job-description"]', '.job-description'],
      pay: ['[data-testid="job-pay"]'],
      location: ['[data-testid="job-location"]'],
      employmentType: ['[data-testid="job-type"]'],
    });
  },
  testUrls: {
    listing: [
      'https://www.telusinternational.ai/cmp/contributor/jobs/available/128949?utm_source=Remotive',
      'https://www.telusinternational.ai/cmp/public/jobs/available/131207',
      'https://jobs.telusdigital.com/en/jobs/17840995-quality-assurance-rater-hindi-india',
    ],
    notListing: [
      'https://www.telusinternational.ai/cmp/contributor/dashboard',
      'https://www.telusinternational.ai/landing/jobs',
      'https://www.telusinternational.ai/cmp/contributor/jobs/applied/36',
      'https://jobs.telusdigital.com/search/cfm5/ai-community/jobs',
    ],
  },
};
