import type { SiteAdapter } from '../types';
import { readGreenhouseOrPage } from './greenhouse';

// Official domain: scale.com (scale.ai redirects to it), per the company's site. Roles are posted on
// Greenhouse board "scaleai" (job-boards.greenhouse.io/scaleai, boards-api.greenhouse.io/v1/boards/
// scaleai/jobs), which scale.com/careers/<id> renders with Greenhouse's own markup.
export const scaleai: SiteAdapter = {
  id: 'scaleai',
  name: 'Scale AI',
  kind: 'platform',
  officialDomains: ['scale.com', 'scale.ai'],
  matches: ['https://scale.com/*', 'https://*.scale.com/*'],
  listingUrl: [
    /^https:\/\/(?:www\.)?scale\.com\/careers\/\d{6,20}\/?(?:[?#]|$)/,
    /^https:\/\/(?:www\.)?scale\.com\/careers\/?\?(?:[^#]*&)?gh_jid=\d{6,20}/,
  ],
  postsVia: [{ adapterId: 'greenhouse', boardSlugs: ['scaleai'] }],
  aliases: ['Scale AI', 'Scale.ai', 'Scale Labs'],
  hostTokens: ['scaleai'],
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
