import type { ExtractedFields, SiteAdapter } from '../types';
import { htmlToText, textOf } from '../dom-text';
import { readJobPosting } from '../json-ld';
import { fillFrom, inlineJsonAfter, opt, pick } from '../read';
import { identityOf } from '../identity';

// Ashby hosted job boards: jobs.ashbyhq.com/<org>/<posting uuid>, per Ashby's public Job Postings API
// docs (developers.ashbyhq.com, "posting-api/job-board/<org>") and their jobUrl values.
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const HOST = String.raw`https:\/\/jobs\.ashbyhq\.com`;

type Posting = {
  title?: string;
  locationName?: string;
  employmentType?: string;
  descriptionHtml?: string;
  compensationTierSummary?: string;
  scrapeableCompensationSalarySummary?: string;
  compensation?: { compensationTierSummary?: string; scrapeableCompensationSalarySummary?: string };
};
type AppData = { organization?: { name?: string }; posting?: Posting };

/**
 * Ashby's page is rendered in the browser from `window.__appData = {...}`: organization.name and
 * posting (title, locationName, employmentType, descriptionHtml, and the compensation summaries
 * the page shows, "$180K – $220K • Offers Equity"). Seen in public Ashby readers' test pages. The
 * script may hold other statements after the object, so it is cut at its own closing brace.
 */
function appData(doc: Document): AppData | null {
  return (inlineJsonAfter(doc, 'window.__appData') as AppData | null) ?? null;
}

/** The compensation line the page shows, in its words. */
function compensationOf(posting: Posting | undefined): string | undefined {
  return (
    posting?.compensationTierSummary ??
    posting?.compensation?.compensationTierSummary ??
    posting?.scrapeableCompensationSalarySummary ??
    posting?.compensation?.scrapeableCompensationSalarySummary
  );
}

/** Value under a left-pane heading ("Location", "Employment Type", "Compensation"). */
function leftPane(doc: Document, heading: RegExp): string {
  const pane = doc.querySelector('.ashby-job-posting-left-pane') ?? doc;
  for (const h of pane.querySelectorAll('h2, h3')) {
    if (heading.test(textOf(h))) return textOf(h.nextElementSibling);
  }
  return '';
}

const IDS_IN_PATH = new RegExp(`^/([^/]+)/(${UUID})`);

function idsOf(url: URL): { slug?: string; id?: string } {
  const m = IDS_IN_PATH.exec(url.pathname);
  return { slug: m?.[1], id: m?.[2] };
}

/**
 * Ashby renders in the browser, so the page's own data comes first (it is there before the
 * render), then the rendered DOM, then JSON-LD. Pay as the page states it: the compensation
 * summary, the left pane's "Compensation", or the JSON-LD salary.
 */
export function readAshby(doc: Document, url: URL): ExtractedFields | null {
  const data = appData(doc);
  const posting = data?.posting;
  const { slug, id } = idsOf(url);
  const own: ExtractedFields = {
    jobId: id,
    title:
      posting?.title ?? pick(doc, ['h1.ashby-job-posting-heading', '.ashby-job-posting-header h1', 'h1']),
    company: data?.organization?.name ?? doc.title.split(' @ ')[1]?.trim(),
    location: opt(posting?.locationName ?? leftPane(doc, /^location$/i)),
    employmentType: opt(leftPane(doc, /^employment type$/i) || posting?.employmentType),
    payText: opt(compensationOf(posting) ?? leftPane(doc, /^compensation$/i)),
    description:
      pick(doc, ['[class*="_descriptionText_"]', '.ashby-job-posting-right-pane']) ||
      htmlToText(posting?.descriptionHtml, doc),
    canonicalUrl: slug && id ? `https://jobs.ashbyhq.com/${slug}/${id}` : undefined,
  };
  const merged = fillFrom(own, readJobPosting(doc));
  merged.jobId = id ?? merged.jobId;
  return merged.title && merged.description ? merged : null;
}

export const ashby: SiteAdapter = {
  ...identityOf('ashby'),
  matches: ['https://jobs.ashbyhq.com/*'],
  listingUrl: [new RegExp(String.raw`^${HOST}\/[^/?#]{1,100}\/${UUID}\/?(?:[?#]|$)`)],
  notListing: [new RegExp(String.raw`^${HOST}\/[^/?#]{1,100}\/${UUID}\/application`)],
  jobIdOf: (url) => idsOf(url).id,
  extract: readAshby,
  testUrls: {
    listing: [
      'https://jobs.ashbyhq.com/mercor/982a0751-e9eb-4b96-ac93-a1fd1d2f9152',
      'https://jobs.ashbyhq.com/handshake/296c4031-5e98-4772-95f5-a9eb5bd7746d/?utm_source=LinkedIn',
    ],
    notListing: [
      'https://jobs.ashbyhq.com/mercor',
      'https://jobs.ashbyhq.com/mercor/982a0751-e9eb-4b96-ac93-a1fd1d2f9152/application',
    ],
  },
};
