import type { SiteAdapter } from '../types';
import { readPlatformPage } from '../read';

// Official domains: telusinternational.ai (the AI Community portal, /cmp/contributor/jobs/available/<id>),
// telusdigital.com and telusinternational.com (the Avature careers sites jobs.telusdigital.com and
// jobs.telusinternational.com), per TELUS Digital's own sites and the public job-post API
// (api.telusinternational.ai/apapi/v1/list-job-posts) that those pages read. telus.com is the parent
// company's own domain.
export const telus: SiteAdapter = {
  id: 'telus',
  name: 'TELUS Digital AI Community',
  kind: 'platform',
  officialDomains: ['telusinternational.ai', 'telusdigital.com', 'telusinternational.com', 'telus.com'],
  matches: [
    'https://*.telusinternational.ai/*',
    'https://*.telusdigital.com/*',
    'https://*.telusinternational.com/*',
  ],
  listingUrl: [
    /^https:\/\/www\.telusinternational\.ai\/cmp\/contributor\/jobs\/available\/\d{1,10}\/?(?:[?#]|$)/,
    /^https:\/\/jobs\.(?:telusdigital|telusinternational)\.com\/[a-z]{2}_[A-Z]{2}\/careers\/(?:JobDetail|PipelineDetail)\/[^/?#]{1,200}\/\d{1,10}\/?(?:[?#]|$)/,
  ],
  aliases: [
    'TELUS Digital',
    'TELUS International',
    'Telus International',
    'Telus Digital',
    'TELUS AI Community',
  ],
  hostTokens: ['telusinternational', 'telusdigital', 'telus', 'telusai'],
  extract(doc, url) {
    const id = /\/(\d+)\/?$/.exec(url.pathname)?.[1];
    return readPlatformPage(doc, {
      company: 'TELUS Digital',
      jobId: id,
      title: ['[data-testid="job-title"]', '.article__header__text__title', 'h1'],
      description: ['[data-testid="job-description"]', '.article__content--rich-text', '.article__content'],
      pay: ['[data-testid="job-pay"]', '.job-pay-rate'],
      location: ['[data-testid="job-location"]', '.article__content__view__field__value'],
      employmentType: ['[data-testid="job-type"]'],
    });
  },
  testUrls: {
    listing: [
      'https://www.telusinternational.ai/cmp/contributor/jobs/available/128949?utm_source=Remotive',
      'https://jobs.telusdigital.com/en_US/careers/JobDetail/Search-Quality-Rater-Germany/81234',
      'https://jobs.telusdigital.com/en_US/careers/PipelineDetail/AI-Community-Rater/123',
    ],
    notListing: [
      'https://www.telusinternational.ai/cmp/contributor/dashboard',
      'https://www.telusinternational.ai/landing/jobs',
      'https://www.telusinternational.ai/cmp/contributor/jobs/applied/36',
    ],
  },
};
