import type { SiteAdapter } from '../types';
import { readGreenhouseOrPage } from './greenhouse';
import { identityOf } from '../identity';

// Real pages: Invisible's roles are on Greenhouse board "invisibletech", on the EU and US hosts
// (job-boards.eu.greenhouse.io/invisibletech, job-boards.greenhouse.io/invisibletech/jobs/
// 4697599101, ids ending in 101), seen in danilorg11/wahojobs-ai-tracker (INVISIBLE_SEED) and
// public ATS lists (unnamed in the index); those pages are read by the Greenhouse adapter
// (tests/fixtures/greenhouse/eu-board-pay-block). invisible.co/careers is the careers index; no
// per-role page on invisible.co was seen: the URL forms below and both fixtures are this adapter's
// assumption.
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
