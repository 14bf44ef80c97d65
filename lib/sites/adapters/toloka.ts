import type { SiteAdapter } from '../types';
import { readPlatformPage } from '../read';

// Official domains: toloka.ai (toloka.ai/tolokers for annotators, toloka.ai/careers) and mindrift.ai,
// Toloka's expert-contributor brand, per Toloka's annotator docs (toloka.ai/tolokers/docs). Roles are
// posted on Workable accounts "toloka-ai" and "toloka-annotators" (apply.workable.com/toloka-ai/),
// which mindrift.ai links to.
export const toloka: SiteAdapter = {
  id: 'toloka',
  name: 'Toloka (Mindrift)',
  kind: 'platform',
  officialDomains: ['toloka.ai', 'mindrift.ai'],
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
  postsVia: [{ adapterId: 'workable', boardSlugs: ['toloka-ai', 'toloka-annotators'] }],
  aliases: ['Toloka', 'Mindrift', 'Toloka AI'],
  hostTokens: ['toloka', 'mindrift', 'tolokers'],
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
