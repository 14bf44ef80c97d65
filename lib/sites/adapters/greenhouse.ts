import type { ExtractedFields, SiteAdapter } from '../types';
import { textOf } from '../dom-text';
import { readJobPosting } from '../json-ld';
import { fillFrom, opt, pick, readPlatformPage } from '../read';
import { identityOf } from '../identity';
import { greenhouseBoardSlug } from '../identity/board-slugs';

// Greenhouse job boards: boards.greenhouse.io (classic), job-boards.greenhouse.io (2024 redesign) and
// their .eu twins; companies embed the same posting as boards.greenhouse.io/embed/job_app?for=&token=
// and link it as ?gh_jid=. Hosts and paths as documented in Greenhouse's Job Board API docs
// (developers.greenhouse.io/job-board.html) and used by public scrapers (e.g. boards-api.greenhouse.io).
const HOST = String.raw`https:\/\/(?:job-)?boards(?:\.eu)?\.greenhouse\.io`;

function jobIdOf(url: URL): string | undefined {
  return (
    /\/jobs\/(\d{3,20})/.exec(url.pathname)?.[1] ??
    url.searchParams.get('token') ??
    url.searchParams.get('gh_jid') ??
    undefined
  );
}

/** "Job Application for Generalist AI Trainer at Scale AI" → "Scale AI". */
function companyFromTitle(doc: Document): string {
  return /\bat\s+(.+?)\s*$/.exec(doc.title)?.[1] ?? '';
}

/**
 * Reads a Greenhouse posting (both layouts), on a Greenhouse board or on a platform's careers page
 * that renders Greenhouse's own markup (see readGreenhouseOrPage).
 */
export function readGreenhouse(doc: Document, url: URL): ExtractedFields | null {
  const title = pick(doc, ['.job__title h1', '#header .app-title', 'h1.app-title', '.job-post h1', 'h1']);
  const description = textOf(
    doc.querySelector('.job__description, #content .job-post-content, #content, .job-post'),
  );
  const jsonLd = readJobPosting(doc);
  if (!title || !description) return jsonLd;
  const payRange = pick(doc, ['.pay-range']);
  const payTitle = pick(doc, ['.pay-input .title', '.content-pay-transparency .title']);
  const id = jobIdOf(url);
  const slug = greenhouseBoardSlug(url);
  const host = url.hostname === 'job-boards.eu.greenhouse.io' ? url.hostname : 'job-boards.greenhouse.io';
  return fillFrom(
    {
      jobId: id,
      title,
      company:
        pick(doc, ['#header .company-name', '.company-name']).replace(/^at\s+/i, '') || companyFromTitle(doc),
      location: opt(pick(doc, ['.job__location', '#header .location', '.location'])),
      payText: opt(payRange && payTitle ? `${payTitle}: ${payRange}` : payRange),
      description,
      canonicalUrl: id && slug ? `https://${host}/${slug}/jobs/${id}` : undefined,
    },
    jsonLd,
  );
}

/**
 * A platform's own careers page that embeds its Greenhouse posting: Greenhouse's markup when it
 * is there (with the platform as the company), the platform's own page layout otherwise.
 */
export function readGreenhouseOrPage(
  doc: Document,
  url: URL,
  page: { company: string; jobId?: string; canonicalUrl?: string },
): ExtractedFields | null {
  const gh = readGreenhouse(doc, url);
  if (gh?.title && gh.description) return { ...gh, ...page };
  return readPlatformPage(doc, page);
}

export const greenhouse: SiteAdapter = {
  ...identityOf('greenhouse'),
  matches: [
    'https://boards.greenhouse.io/*',
    'https://job-boards.greenhouse.io/*',
    'https://*.eu.greenhouse.io/*',
  ],
  listingUrl: [
    new RegExp(String.raw`^${HOST}\/[\w.-]{1,100}\/jobs\/\d{3,20}(?:[/?#]|$)`),
    new RegExp(String.raw`^${HOST}\/embed\/job_app\?(?:[^#]*&)?token=\d{3,20}`),
  ],
  notListing: [new RegExp(String.raw`^${HOST}\/[\w.-]{1,100}\/jobs\/\d{3,20}\/confirmation`)],
  jobIdOf,
  extract: readGreenhouse,
  testUrls: {
    listing: [
      'https://boards.greenhouse.io/scaleai/jobs/4401234005',
      'https://job-boards.greenhouse.io/outlier/jobs/4490427005?gh_src=e2e12c345us',
      'https://job-boards.eu.greenhouse.io/invisibletech/jobs/4697599101',
      'https://boards.greenhouse.io/embed/job_app?for=scaleai&token=4655744005',
    ],
    notListing: [
      'https://job-boards.greenhouse.io/scaleai',
      'https://boards.greenhouse.io/scaleai/jobs/4401234005/confirmation',
      'https://www.greenhouse.io/',
    ],
  },
};
