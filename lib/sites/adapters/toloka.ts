import type { SiteAdapter } from '../types';
import { readPlatformPage } from '../read';
import { identityOf } from '../identity';

export const toloka: SiteAdapter = {
  ...identityOf('toloka'),
  matches: [
    'https://toloka.ai/*',
    'https://*.toloka.ai/*',
    'https://mindrift.ai/*',
    'https://*.mindrift.ai/*',
  ],
  listingUrl: [
    /^https:\/\/(?:www\.)?toloka\.ai\/(?:[a-z]{2}\/)?careers\/[\w-]{1,150}\/?(?:[?#]|$)/,
    /^https:\/\/(?:www\.)?mindrift\.ai\/(?:jobs|vacancies)\/[\w-]{1,150}\/?(?:[?#]|$)/,
  ],
  extract(doc, url) {
    return readPlatformPage(doc, {
      company: url.hostname.endsWith('mindrift.ai') ? 'Mindrift' : 'Toloka',
      jobId: /\/([\w-]+)\/?$/.exec(url.pathname)?.[1],
      title: ['.vacancy__title', '.vacancy h1'],
      description: ['.vacancy__description'],
      pay: ['.vacancy__salary'],
      location: ['.vacancy__location'],
      employmentType: ['.vacancy__type'],
    });
  },
  testUrls: {
    listing: [
      'https://toloka.ai/careers/ai-tutor-chemistry',
      'https://mindrift.ai/jobs/freelance-ai-tutor-writer?utm=x',
    ],
    notListing: ['https://toloka.ai/tolokers/', 'https://toloka.ai/careers/', 'https://mindrift.ai/'],
  },
};
