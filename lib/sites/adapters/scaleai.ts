import type { SiteAdapter } from '../types';
import { readGreenhouseOrPage } from './greenhouse';
import { identityOf } from '../identity';

// Real pages: Scale AI's roles are on its Greenhouse board "scaleai" (ids like 4593571005), linked
// as scale.com/careers/<id> in public job-research notes and as job-boards.greenhouse.io/scaleai/
// jobs/<id> in public ATS checkers (unnamed in the index); the board pages are read by the
// Greenhouse adapter. A company careers page that embeds Greenhouse frames the posting as
// #grnhse_iframe (…/embed/job_app?for=<board>&token=<id>), so the posting is not in the careers
// page's own document. No saved scale.com/careers page was found: the ?gh_jid= form and both
// fixtures' structure (Greenhouse markup in the page, JSON-LD beside the frame) are this adapter's
// assumption.
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
