import type { ExtractedFields, SiteAdapter } from '../types';
import { htmlToText } from '../dom-text';
import { jsonText, type Json } from '../job-posting-json';
import { nextPageProps } from '../next-data';
import { opt, pick } from '../read';
import { readSteps } from '../steps';
import { identityOf } from '../identity';
import { markdownText } from '../markdown-text';

/*
 * Alignerr (www.alignerr.com) — what the real pages look like.
 *
 * - URL: www.alignerr.com/jobs/<id>, the id a UUID or a short number (both forms in public
 *   scrapers' tests: danilorg11/wahojobs-ai-tracker and others). The page has no form: both "Apply
 *   now" buttons link to app.alignerr.com/signin?job=<id> and app.alignerr.com/signup (a public
 *   auto-apply tool's test notes). The listing index is www.alignerr.com/jobs; a public JSON API
 *   (www.alignerr.com/api/jobs?limit=&offset=) feeds it. Listings shared on job boards add
 *   utm_* parameters.
 * - The page is a Next.js pages-router page: `<script id="__NEXT_DATA__" type="application/json">`
 *   with props.pageProps.job on a detail page (id, name, htmlLongDescription, longDescription in
 *   markdown, shortDescription, isActive, firstPostDate, createdAt, jobType, salaryType, location)
 *   and props.pageProps.initialJobs [{ id, title, location }] on the index. Seen in
 *   strelov1/freehire internal/sources/alignerr.go; danilorg11/wahojobs-ai-tracker
 *   (provider_details: "props.pageProps.job.longDescription" text/markdown,
 *   "props.pageProps.job.htmlLongDescription" text/html); a public crawler's
 *   alignerr_description (jobType, salaryType, location, firstPostDate, htmlLongDescription).
 * - Pay: the API's records carry `pay` (a "$…/hr" string, danilorg11/wahojobs-ai-tracker
 *   providers/alignerr.py); on the detail page the rate is stated in the description's words
 *   ("Compensation $40-$120 per hour"), which the reader takes as the page's pay. A `pay` on the
 *   page record is read when present, but no saved page showed one.
 * - No JSON-LD seen. The rendered DOM's classes were not in any saved page; the adapter reads the
 *   data and uses the first h1 only as a fallback title.
 */
const ID = String.raw`(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{1,10})`;
const JOB_PATH = new RegExp(`^/jobs/(${ID})/?$`);

function jobIdOf(url: URL): string | undefined {
  return JOB_PATH.exec(url.pathname)?.[1];
}

function readAlignerr(doc: Document, url: URL): ExtractedFields | null {
  const id = jobIdOf(url);
  if (!id) return null;
  const props = nextPageProps(doc);
  const job = props?.job as Json | undefined;
  // The data describes the page first loaded; only this job's record counts.
  const record = job && typeof job === 'object' && jsonText(job.id) === id ? job : undefined;
  const html = jsonText(record?.htmlLongDescription);
  const markdown = jsonText(record?.longDescription);
  const description = html
    ? htmlToText(html, doc)
    : markdown
      ? markdownText(markdown)
      : (jsonText(record?.shortDescription) ?? '');
  const title = jsonText(record?.name) ?? jsonText(record?.title) ?? pick(doc, ['main h1', 'h1']);
  if (!title || !description) return null;
  return {
    jobId: id,
    title,
    company: 'Alignerr',
    location: opt(jsonText(record?.location)),
    payText: opt(jsonText(record?.pay)),
    employmentType: opt(jsonText(record?.jobType)),
    postedAt: opt((jsonText(record?.firstPostDate) ?? jsonText(record?.createdAt))?.slice(0, 10)),
    description,
    canonicalUrl: `https://www.alignerr.com/jobs/${id}`,
    steps: readSteps(doc),
  };
}

export const alignerr: SiteAdapter = {
  ...identityOf('alignerr'),
  matches: ['https://alignerr.com/*', 'https://*.alignerr.com/*'],
  listingUrl: [new RegExp(String.raw`^https:\/\/(?:www\.)?alignerr\.com\/jobs\/${ID}\/?(?:[?#]|$)`)],
  // The index opens a job without a page load; the record is matched by the URL's id.
  spa: true,
  jobIdOf,
  extract: readAlignerr,
  testUrls: {
    listing: [
      'https://www.alignerr.com/jobs/05a3b35a-6931-4892-8fc7-3c9141fa2826',
      'https://www.alignerr.com/jobs/2037?utm_source=linkedin',
      'https://alignerr.com/jobs/2037/',
    ],
    notListing: [
      'https://www.alignerr.com/jobs',
      'https://www.alignerr.com/jobs/?search=math',
      'https://www.alignerr.com/api/jobs?limit=120&offset=0',
      'https://app.alignerr.com/signin?job=2037',
      'https://app.alignerr.com/signup',
      'https://www.alignerr.com/en/process',
      'https://www.alignerr.com/',
    ],
  },
};
