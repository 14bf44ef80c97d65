import type { SiteAdapter } from '../types';
import { readGreenhouseOrPage } from './greenhouse';
import { identityOf } from '../identity';

export const invisible: SiteAdapter = {
  ...identityOf('invisible'),
  matches: ['https://invisible.co/*', 'https://*.invisible.co/*'],
  listingUrl: [
    /^https:\/\/(?:www\.)?invisible\.co\/careers\/?\?(?:[^#]*&)?gh_jid=\d{6,20}/,
    /^https:\/\/(?:www\.)?invisible\.co\/careers\/(?:jobs\/)?[\w-]{1,150}\/?(?:[?#]|$)/,
  ],
  extract(doc, url) {
    const id = url.searchParams.get('gh_jid') ?? /\/([\w-]+)\/?$/.exec(url.pathname)?.[1];
    return readGreenhouseOrPage(doc, url, {
      company: 'Invisible Technologies',
      jobId: id,
      canonicalUrl: undefined,
    });
  },
  testUrls: {
    listing: [
      'https://www.invisible.co/careers?gh_jid=4691650101',
      'https://www.invisible.co/careers/advanced-ai-trainer-chemistry',
    ],
    notListing: ['https://www.invisible.co/careers', 'https://www.invisible.co/'],
  },
};
