import type { SiteAdapter } from '../types';
import { readGreenhouseOrPage } from './greenhouse';

// Official domains: invisible.co (site and careers pages) and invisibletech.ai (the company's earlier
// domain, still used for mail), per the company's site. Roles, including expert AI-trainer contracts,
// are posted on Greenhouse board "invisibletech" (job-boards.greenhouse.io/invisibletech and its
// .eu twin), which invisible.co/careers links with ?gh_jid=.
export const invisible: SiteAdapter = {
  id: 'invisible',
  name: 'Invisible Technologies',
  kind: 'platform',
  officialDomains: ['invisible.co', 'invisibletech.ai'],
  matches: ['https://invisible.co/*', 'https://*.invisible.co/*'],
  listingUrl: [
    /^https:\/\/(?:www\.)?invisible\.co\/careers\/?\?(?:[^#]*&)?gh_jid=\d{6,20}/,
    /^https:\/\/(?:www\.)?invisible\.co\/careers\/(?:jobs\/)?[\w-]{1,150}\/?(?:[?#]|$)/,
  ],
  postsVia: [{ adapterId: 'greenhouse', boardSlugs: ['invisibletech'] }],
  aliases: ['Invisible Technologies', 'Invisible Tech', 'Invisible AI'],
  hostTokens: ['invisibletech', 'invisibletechnologies', 'invisibleai'],
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
