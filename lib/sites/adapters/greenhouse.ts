import type { ExtractedFields, SiteAdapter } from '../types';
import { htmlToText, textOf } from '../dom-text';
import { readJobPosting } from '../json-ld';
import { fillFrom, inlineJsonAfter, opt, pick, readPlatformPage } from '../read';
import { identityOf } from '../identity';
import { greenhouseBoardSlug } from '../identity/board-slugs';

// Greenhouse job boards (facts and where each was seen: lib/sites/README.md, "Greenhouse").
// URL forms: boards.greenhouse.io/<board>/jobs/<id> (classic, now redirected to the 2024 layout),
// job-boards.greenhouse.io/<board>/jobs/<id> (2024 layout), job-boards.eu.greenhouse.io/… (EU
// boards, ids ending in 101, often with ?gh_jid=<same id>), and the application embed
// …/embed/job_app?for=<board>&token=<id> that a company's careers page frames as #grnhse_iframe.
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
  return /^Job Application for .+ at (.+?)\s*$/.exec(doc.title.trim())?.[1] ?? '';
}

/** The 2024 layout names the company only in its logo: alt="Scale AI Logo". */
function companyFromLogo(doc: Document): string {
  const alt = doc.querySelector('.logo-container img, img.logo')?.getAttribute('alt') ?? '';
  return alt.replace(/\s*logo\s*$/i, '').trim();
}

/**
 * The pay as the board states it. Inside the posting's content (both layouts):
 * div.content-pay-transparency > div.pay-input > div.title + div.pay-range (span, span.divider,
 * span). Some 2024-layout pages render it as div.pay-range > p.body.body--medium (the label) and
 * p.body (the range).
 */
function payOf(doc: Document): string | undefined {
  const input = doc.querySelector('.content-pay-transparency .pay-input, .pay-input');
  if (input) {
    const range = textOf(input.querySelector('.pay-range'));
    const title = textOf(input.querySelector('.title')).replace(/:\s*$/, '');
    if (range) return title ? `${title}: ${range}` : range;
  }
  const block = doc.querySelector('.pay-range');
  if (!block) return undefined;
  const amount = textOf(block.querySelector('p.body:not(.body--medium)'));
  const label = textOf(block.querySelector('p.body--medium')).replace(/:\s*$/, '');
  if (amount) return label ? `${label}: ${amount}` : amount;
  return opt(textOf(block));
}

type JobPost = { title?: unknown; content?: unknown; company_name?: unknown };

/**
 * The 2024 layout also writes its loader data into `window.__remixContext = {...}`:
 * state.loaderData[<route>].jobPost holds the posting (title, content HTML, company_name).
 */
function remixJobPost(doc: Document): JobPost | null {
  const context = inlineJsonAfter(doc, 'window.__remixContext') as {
    state?: { loaderData?: Record<string, { jobPost?: JobPost } | null> };
  } | null;
  const loaders = context?.state?.loaderData;
  if (!loaders || typeof loaders !== 'object') return null;
  for (const value of Object.values(loaders)) {
    if (value?.jobPost && typeof value.jobPost === 'object') return value.jobPost;
  }
  return null;
}

const str = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/**
 * Reads a Greenhouse posting (both layouts), on a Greenhouse board or on a platform's careers page
 * that renders Greenhouse's own markup (see readGreenhouseOrPage). The server renders the posting
 * into the page, so the DOM comes first; the Remix loader data fills what it lacks. Board pages
 * carry no JSON-LD; it is read last for careers pages that add their own.
 */
export function readGreenhouse(doc: Document, url: URL): ExtractedFields | null {
  const post = remixJobPost(doc);
  const title =
    pick(doc, ['.job__title h1', 'h1.job__title', '#header .app-title', 'h1.app-title', '.job-post h1']) ||
    str(post?.title);
  const description =
    textOf(doc.querySelector('.job__description, #content .job-post-content, #content')) ||
    htmlToText(str(post?.content), doc);
  const jsonLd = readJobPosting(doc);
  if (!title || !description) return jsonLd;
  const id = jobIdOf(url);
  const slug = greenhouseBoardSlug(url);
  const host = url.hostname.includes('.eu.') ? 'job-boards.eu.greenhouse.io' : 'job-boards.greenhouse.io';
  return fillFrom(
    {
      jobId: id,
      title,
      company:
        pick(doc, ['#header .company-name', '.company-name']).replace(/^at\s+/i, '') ||
        companyFromLogo(doc) ||
        companyFromTitle(doc) ||
        str(post?.company_name) ||
        undefined,
      location: opt(pick(doc, ['.job__location', '#header .location'])),
      payText: payOf(doc),
      description,
      canonicalUrl: id && slug ? `https://${host}/${slug}/jobs/${id}` : undefined,
    },
    jsonLd,
  );
}

/**
 * A platform's own careers page that carries its Greenhouse posting: Greenhouse's markup when it
 * is in the page (with the platform as the company), the platform's own page layout otherwise.
 * When the careers page only frames the embed (#grnhse_iframe), the posting is not in this
 * document: the page's own heading and text are what there is to read.
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
      'https://job-boards.eu.greenhouse.io/invisibletech/jobs/4697599101?gh_jid=4697599101',
      'https://boards.greenhouse.io/embed/job_app?for=scaleai&token=4655744005',
      'https://job-boards.greenhouse.io/embed/job_app?for=scaleai&token=4655744005',
    ],
    notListing: [
      'https://job-boards.greenhouse.io/scaleai',
      'https://job-boards.greenhouse.io/scaleai?page=2',
      'https://boards.greenhouse.io/embed/job_board?for=scaleai',
      'https://boards.greenhouse.io/scaleai/jobs/4401234005/confirmation',
      'https://www.greenhouse.io/',
    ],
  },
};
