import type { ExtractedFields, SiteAdapter } from '../types';
import { textOf } from '../dom-text';
import { readJobPosting } from '../json-ld';
import { fillFrom, opt, pick } from '../read';

// Ashby hosted job boards: jobs.ashbyhq.com/<org>/<posting uuid>, per Ashby's public Job Postings API
// docs (developers.ashbyhq.com, "posting-api/job-board/<org>") and their jobUrl values.
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const HOST = String.raw`https:\/\/jobs\.ashbyhq\.com`;

type AppData = {
  organization?: { name?: string };
  posting?: { compensationTierSummary?: string; scrapeableCompensationSalarySummary?: string };
};

/** Ashby's page bootstraps from `window.__appData = {...};`; its compensation summary is the clearest pay line. */
function appData(doc: Document): AppData | null {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    const at = text.indexOf('window.__appData');
    if (at < 0) continue;
    const start = text.indexOf('{', at);
    const end = text.lastIndexOf('}');
    try {
      return JSON.parse(text.slice(start, end + 1)) as AppData;
    } catch {
      return null;
    }
  }
  return null;
}

/** Value under a left-pane heading ("Location", "Employment Type", "Compensation"). */
function leftPane(doc: Document, heading: RegExp): string {
  for (const h of doc.querySelectorAll('.ashby-job-posting-left-pane h2')) {
    if (heading.test(textOf(h))) return textOf(h.nextElementSibling);
  }
  return '';
}

const IDS_IN_PATH = new RegExp(`^/([^/]+)/(${UUID})`);

function idsOf(url: URL): { slug?: string; id?: string } {
  const m = IDS_IN_PATH.exec(url.pathname);
  return { slug: m?.[1], id: m?.[2] };
}

/** Ashby renders client-side, so its JSON-LD is the most dependable source; the DOM fills gaps. */
export function readAshby(doc: Document, url: URL): ExtractedFields | null {
  const jsonLd = readJobPosting(doc);
  const data = appData(doc);
  const { slug, id } = idsOf(url);
  const dom: ExtractedFields = {
    jobId: id,
    title: pick(doc, ['h1.ashby-job-posting-heading', '.ashby-job-posting-header h1', 'h1']),
    company: data?.organization?.name ?? doc.title.split(' @ ')[1]?.trim(),
    location: opt(leftPane(doc, /^location$/i)),
    employmentType: opt(leftPane(doc, /^employment type$/i)),
    payText: opt(
      data?.posting?.compensationTierSummary ??
        data?.posting?.scrapeableCompensationSalarySummary ??
        leftPane(doc, /^compensation$/i),
    ),
    description: pick(doc, ['[class*="_descriptionText_"]', '.ashby-job-posting-right-pane']),
    canonicalUrl: slug && id ? `https://jobs.ashbyhq.com/${slug}/${id}` : undefined,
  };
  const merged = jsonLd
    ? fillFrom({ ...jsonLd, jobId: id, canonicalUrl: dom.canonicalUrl, payText: dom.payText }, dom)
    : dom;
  return merged.title && merged.description ? merged : null;
}

export const ashby: SiteAdapter = {
  id: 'ashby',
  name: 'Ashby',
  kind: 'ats',
  officialDomains: ['ashbyhq.com'],
  matches: ['https://jobs.ashbyhq.com/*'],
  listingUrl: [new RegExp(String.raw`^${HOST}\/[^/?#]{1,100}\/${UUID}\/?(?:[?#]|$)`)],
  notListing: [new RegExp(String.raw`^${HOST}\/[^/?#]{1,100}\/${UUID}\/application`)],
  boardSlug: (url) => /^\/([^/]+)/.exec(url.pathname)?.[1],
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
