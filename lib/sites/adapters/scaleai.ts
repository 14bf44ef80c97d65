import type { SiteAdapter } from '../types';
import { readGreenhouseOrPage } from './greenhouse';
import { identityOf } from '../identity';

export const scaleai: SiteAdapter = {
  ...identityOf('scaleai'),
  matches: ['https://scale.com/*', 'https://*.scale.com/*'],
  listingUrl: [
    /^https:\/\/(?:www\.)?scale\.com\/careers\/\d{6,20}\/?(?:[?#]|$)/,
    /^https:\/\/(?:www\.)?scale\.com\/careers\/?\?(?:[^#]*&)?gh_jid=\d{6,20}/,
  ],
  extract(doc, url) {
    const id = /\/careers\/(\d+)/.exec(url.pathname)?.[1] ?? url.searchParams.get('gh_jid') ?? undefined;
    const canonicalUrl = id ? `https://scale.com/careers/${id}` : undefined;
    return readGreenhouseOrPage(doc, url, { company: 'Scale AI', jobId: id, canonicalUrl });
  },
  testUrls: {
    listing: ['https://scale.com/careers/4655744005', 'https://scale.com/careers?gh_jid=4549048005'],
    notListing: ['https://scale.com/careers', 'https://scale.com/'],
  },
};
