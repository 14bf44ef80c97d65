import type { SiteAdapter } from '../types';
import { readPlatformPage } from '../read';
import { identityOf } from '../identity';

export const telus: SiteAdapter = {
  ...identityOf('telus'),
  matches: [
    'https://*.telusinternational.ai/*',
    'https://*.telusdigital.com/*',
    'https://*.telusinternational.com/*',
  ],
  listingUrl: [
    /^https:\/\/www\.telusinternational\.ai\/cmp\/contributor\/jobs\/available\/\d{1,10}\/?(?:[?#]|$)/,
    /^https:\/\/jobs\.(?:telusdigital|telusinternational)\.com\/[a-z]{2}_[A-Z]{2}\/careers\/(?:JobDetail|PipelineDetail)\/[^/?#]{1,200}\/\d{1,10}\/?(?:[?#]|$)/,
  ],
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
