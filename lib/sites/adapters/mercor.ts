import type { ExtractedFields, SiteAdapter } from '../types';
import { amountText, asArray, jsonText, type Json } from '../job-posting-json';
import { findJobPostings, readJobPosting } from '../json-ld';
import { nextPageProps } from '../next-data';
import { fillFrom, opt, pick } from '../read';
import { readSteps } from '../steps';
import { identityOf } from '../identity';
import { markdownText } from '../markdown-text';

// Listings live at work.mercor.com/jobs/list_<id>/<slug>; the slug is
// cosmetic (the id alone serves the same page), and the explore page opens one as
// /explore?listingId=list_<id>. The page is a Next.js app whose classes are build-generated, so
// it is read from its data: `__NEXT_DATA__` props.pageProps.role (or poolListing / closedListing)
// with listingId, title, description (markdown), rateMin, rateMax, payRateFrequency, commitment,
// location; and a JobPosting JSON-LD whose baseSalary.currency is the only place the currency is
// stated. Seen in 2scraper/mercor-scraper (product_parser.py).
const ID = 'list_[A-Za-z0-9_-]{10,40}';
const HOST = String.raw`https:\/\/work\.mercor\.com`;
const ID_IN_PATH = new RegExp(`^/jobs/(${ID})(?:/|$)`);
const ID_ALONE = new RegExp(`^${ID}$`);

function listingIdOf(url: URL): string | undefined {
  const fromPath = ID_IN_PATH.exec(url.pathname)?.[1];
  if (fromPath) return fromPath;
  const param = url.pathname.replace(/\/$/, '') === '/explore' ? url.searchParams.get('listingId') : null;
  return param && ID_ALONE.test(param) ? param : undefined;
}

/** The listing record for `id` in the page's data: the detail page's own, or one of explore's. */
function recordFor(doc: Document, id: string): Json | undefined {
  const props = nextPageProps(doc);
  if (!props) return undefined;
  for (const key of ['role', 'poolListing', 'closedListing']) {
    const node = props[key] as Json | undefined;
    if (node && typeof node === 'object' && node.listingId === id) return node;
  }
  const queries = asArray((props.dehydratedState as Json | undefined)?.queries);
  for (const query of queries) {
    const data = ((query as Json | undefined)?.state as Json | undefined)?.data as Json | undefined;
    const found = asArray(data?.listings).find((l) => (l as Json | undefined)?.listingId === id);
    if (found) return found as Json;
  }
  return undefined;
}

const SYMBOLS: Record<string, string> = { USD: '$', GBP: '£', EUR: '€', INR: '₹', CAD: 'CA$', AUD: 'A$' };
const PERIODS: Record<string, string> = {
  hourly: 'per hour',
  'per-task': 'per task',
  'one-time': 'one-time',
  weekly: 'per week',
  monthly: 'per month',
  yearly: 'per year',
};

/**
 * The record's rate in words ("$80–$120 per hour"). Its period is the record's own: the JSON-LD's
 * unitText says HOUR even for per-task pay, and the JSON-LD leaves out one-time pay altogether.
 * The currency comes from the JSON-LD; without one the amount is given bare rather than guessed.
 */
function payOf(record: Json, currency: string | undefined): string | undefined {
  const min = amountText(record.rateMin);
  const max = amountText(record.rateMax);
  if (!min && !max) return undefined;
  const sign = currency ? (SYMBOLS[currency] ?? `${currency} `) : '';
  const range = min && max && min !== max ? `${sign}${min}–${sign}${max}` : `${sign}${min ?? max}`;
  const period = jsonText(record.payRateFrequency);
  return [range, period ? (PERIODS[period] ?? period) : ''].filter(Boolean).join(' ');
}

/** The currency sign the page prints before the amount, when no JSON-LD states the currency. */
function signOnPage(doc: Document, record: Json | undefined): string | undefined {
  const first = amountText(record?.rateMin) ?? amountText(record?.rateMax);
  if (!first) return undefined;
  const text = (doc.body?.textContent ?? '').slice(0, 200_000);
  const sign = new RegExp(`([$£€₹])\\s?${first.replace(/[.,]/g, '\\$&')}\\b`).exec(text)?.[1];
  return Object.keys(SYMBOLS).find((code) => SYMBOLS[code] === sign);
}

function readMercor(doc: Document, url: URL): ExtractedFields | null {
  const id = listingIdOf(url);
  if (!id) return null;
  const record = recordFor(doc, id);
  // The JSON-LD describes the page first loaded; trust it only when it names this listing.
  const posting = findJobPostings(doc).find((p) => JSON.stringify(p).includes(id));
  const jsonLd = posting ? readJobPosting(doc) : null;
  const currency =
    jsonText(((posting?.baseSalary as Json | undefined) ?? {}).currency) ?? signOnPage(doc, record);
  const onDetail = ID_IN_PATH.test(url.pathname);
  const hours = amountText(record?.hoursPerWeek);
  const commitment = jsonText(record?.commitment);
  const fields: ExtractedFields = {
    jobId: id,
    title: jsonText(record?.title) ?? (onDetail ? pick(doc, ['main h1', 'h1']) : ''),
    company: 'Mercor',
    location: opt(jsonText(record?.location)),
    payText: record ? payOf(record, currency) : undefined,
    employmentType: opt([commitment, hours ? `${hours} hrs/week` : ''].filter(Boolean).join(' · ')),
    description: record && typeof record.description === 'string' ? markdownText(record.description) : '',
    canonicalUrl: `https://work.mercor.com/jobs/${id}`,
    steps: readSteps(doc),
  };
  const merged = fillFrom(fields, jsonLd);
  if (!merged.description && onDetail) merged.description = pick(doc, ['main article', 'main']);
  return merged.title && merged.description ? merged : null;
}

export const mercor: SiteAdapter = {
  ...identityOf('mercor'),
  matches: ['https://mercor.com/*', 'https://*.mercor.com/*'],
  listingUrl: [
    new RegExp(String.raw`^${HOST}\/jobs\/${ID}(?:\/[\w-]{0,200})?\/?(?:[?#]|$)`),
    new RegExp(String.raw`^${HOST}\/explore\/?\?(?:[^#]{0,2000}&)?listingId=${ID}(?:[&#]|$)`),
  ],
  // Moving between listings and the explore page happens without a page load.
  spa: true,
  splitView: [new RegExp(String.raw`^${HOST}\/explore\b`)],
  jobIdOf: listingIdOf,
  extract: readMercor,
  testUrls: {
    listing: [
      'https://work.mercor.com/jobs/list_AAABmZxe1Lvr8tEByeFKTr9q',
      'https://work.mercor.com/jobs/list_AAABm4Xm5vZiwyWXybFBRJJN/generalist-writer',
      'https://work.mercor.com/jobs/list_AAABl2Xq9pRt7sUvWxYz1AbC/b-2-b-sales-expert-3-yoe-us-only/',
      'https://work.mercor.com/jobs/list_AAABl2Xq9pRt7sUvWxYz1AbC?referralCode=3694f086&utm_source=referral',
      'https://work.mercor.com/explore?listingId=list_AAABm4Xm5vZiwyWXybFBRJJN',
    ],
    notListing: [
      'https://work.mercor.com/jobs',
      'https://work.mercor.com/explore',
      'https://work.mercor.com/explore?listingId=not-a-listing',
      'https://work.mercor.com/jobs/list_AAABm4Xm5vZiwyWXybFBRJJN/generalist-writer/apply/extra',
      'https://work.mercor.com/',
      'https://talent.docs.mercor.com/policies/social-media',
    ],
  },
};
