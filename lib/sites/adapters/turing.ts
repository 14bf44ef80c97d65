import type { SiteAdapter } from '../types';
import { readPlatformPage } from '../read';
import { identityOf } from '../identity';

export const turing: SiteAdapter = {
  ...identityOf('turing'),
  matches: ['https://turing.com/*', 'https://*.turing.com/*'],
  listingUrl: [
    /^https:\/\/(?:www\.)?turing\.com\/remote-developer-jobs\/j\/[\w-]{1,200}\/?(?:[?#]|$)/,
    /^https:\/\/(?:www\.)?turing\.com\/jobs\/[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){0,15}-\d{3,10}\/?(?:[?#]|$)/,
  ],
  extract(doc, url) {
    const id = /-(\d{3,10})\/?$/.exec(url.pathname)?.[1];
    return readPlatformPage(doc, {
      company: 'Turing',
      jobId: id,
      title: ['h1.job-title', '.job-header h1'],
      description: ['.job-description'],
      pay: ['.job-compensation'],
      location: ['.job-location'],
      employmentType: ['.job-type'],
    });
  },
  testUrls: {
    listing: [
      'https://www.turing.com/remote-developer-jobs/j/junior-ruby-on-rails-developer-81396',
      'https://www.turing.com/jobs/llm-code-evaluator-python-12345',
    ],
    notListing: [
      'https://www.turing.com/jobs/remote-ai-ml-jobs',
      'https://www.turing.com/jobs/',
      'https://www.turing.com/',
    ],
  },
};
