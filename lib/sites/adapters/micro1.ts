import type { ExtractedFields, SiteAdapter } from '../types';
import { htmlToText } from '../dom-text';
import { amountText, jsonText, type Json } from '../job-posting-json';
import { findJobPostings, readJobPosting } from '../json-ld';
import { fillFrom, jsonObjectAt, meta, opt, pick } from '../read';
import { identityOf } from '../identity';

/*
 * micro1 (jobs.micro1.ai) — what the real pages look like.
 *
 * - URL: jobs.micro1.ai/post/<uuid>; the id is the record's client_job_id. Shared links add
 *   ?referralCode=<uuid>&utm_source=referral&utm_medium=share&utm_campaign=job_referral. The board
 *   root (jobs.micro1.ai/) and /post/success (after applying) are not listings; a deeper path
 *   (/post/<uuid>/apply) is not a post either. Seen in strelov1/freehire
 *   internal/sources/micro1_test.go (TestMicro1PostID) and in public scrapers' tests.
 * - The page is a Next.js app-router page: its data is the React flight stream pushed by inline
 *   `<script>self.__next_f.push([1,"…"])</script>` chunks. The post's record is the `data` prop of
 *   the page component: client_job_id, job_role_name, job_status, ideal_hourly_rate {min, max}
 *   (ideal_monthly_salary_min/max and ideal_yearly_compensation for other pay bases),
 *   location_type, location_name, create_datetime, client_details.client_name, and
 *   job_description, which is a "$<row>" reference to a text row ("<row>:T<hex byte length>,<html>").
 *   Seen in strelov1/freehire internal/sources/testdata/micro1_post.html (a saved post page) and
 *   micro1_test.go (TestMicro1ExtractData: the object that holds client_job_id, not the first
 *   "data" in the stream).
 * - JSON-LD: a JobPosting (title, HTML description, datePosted, hiringOrganization "micro1",
 *   jobLocationType TELECOMMUTE, applicantLocationRequirements, validThrough) with no baseSalary,
 *   rendered by a next/script `id="jobPosting-jsonld"` after hydration, so it is absent from the
 *   server's HTML. Same saved page.
 * - Head: <title> and og:title "<role> | Apply on Job", og:site_name "micro1 Job Portal",
 *   <link rel="canonical"> to the post. Same saved page (flight rows for the head).
 * - Pay is stated only in the record (hourly range) or in the description's words (per-task
 *   posts); the screening questions ask for "expected hourly rate in USD", so amounts are dollars.
 * - The rendered DOM of a post (classes, headings) is not in the saved page; the adapter does not
 *   depend on it beyond an h1 fallback.
 */
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const POST_PATH = new RegExp(`^/post/(${UUID})/?$`);
const PUSH_PREFIX = 'self.__next_f.push(';
const MAX_FLIGHT_CHARS = 3_000_000;
const MAX_RECORD_CHARS = 200_000;

function postIdOf(url: URL): string | undefined {
  return POST_PATH.exec(url.pathname)?.[1];
}

/** The flight stream: the strings of every `self.__next_f.push([1,"…"])` chunk, in page order. */
function flightOf(doc: Document): string {
  let flight = '';
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent?.trim() ?? '';
    if (!text.startsWith(PUSH_PREFIX) || !text.endsWith(')')) continue;
    try {
      const chunk = JSON.parse(text.slice(PUSH_PREFIX.length, -1)) as unknown;
      if (Array.isArray(chunk) && chunk[0] === 1 && typeof chunk[1] === 'string') flight += chunk[1];
    } catch {
      continue; // another script that happens to start the same way
    }
    if (flight.length > MAX_FLIGHT_CHARS) break;
  }
  return flight;
}

/** The JSON object starting at `start` (a "{"), parsed; undefined if it is cut short or does not parse. */
function objectAt(text: string, start: number): Json | undefined {
  const json = jsonObjectAt(text, start, MAX_RECORD_CHARS);
  try {
    return json ? (JSON.parse(json) as Json) : undefined;
  } catch {
    return undefined;
  }
}

/** The post's record: the object that holds this post's client_job_id. */
function recordIn(flight: string, id: string): Json | undefined {
  const at = flight.indexOf(`{"client_job_id":"${id}"`);
  return at < 0 ? undefined : objectAt(flight, at);
}

/** UTF-8 length of one code point, for text rows whose length is given in bytes. */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** A "$<row>" reference resolved to its text row ("<row>:T<hex bytes>,<text>"); plain strings as they are. */
function flightText(flight: string, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (value.startsWith('$$')) return value.slice(1);
  const row = /^\$([0-9a-f]{1,6})$/.exec(value)?.[1];
  if (!row) return value;
  const header = new RegExp(`(?<![0-9a-zA-Z])${row}:T([0-9a-f]{1,8}),`).exec(flight);
  if (!header) return undefined;
  let bytes = parseInt(header[1], 16);
  let i = header.index + header[0].length;
  const start = i;
  while (bytes > 0 && i < flight.length) {
    const cp = flight.codePointAt(i) ?? 0;
    bytes -= utf8Length(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return flight.slice(start, i);
}

function rangeText(min: unknown, max: unknown, period: string): string | undefined {
  const lo = amountText(min);
  const hi = amountText(max);
  if (!lo && !hi) return undefined;
  const range = lo && hi && lo !== hi ? `$${lo}–$${hi}` : `$${lo ?? hi}`;
  return `${range} ${period}`;
}

/** The record's pay in words: its hourly range, else its monthly or yearly figures. */
function payOf(record: Json): string | undefined {
  const hourly = record.ideal_hourly_rate as Json | null | undefined;
  const yearly = record.ideal_yearly_compensation as Json | number | null | undefined;
  return (
    (hourly && typeof hourly === 'object' ? rangeText(hourly.min, hourly.max, 'per hour') : undefined) ??
    rangeText(record.ideal_monthly_salary_min, record.ideal_monthly_salary_max, 'per month') ??
    (yearly && typeof yearly === 'object'
      ? rangeText(yearly.min, yearly.max, 'per year')
      : rangeText(yearly, undefined, 'per year'))
  );
}

function readMicro1(doc: Document, url: URL): ExtractedFields | null {
  const id = postIdOf(url);
  if (!id) return null;
  const flight = flightOf(doc);
  const record = flight ? recordIn(flight, id) : undefined;
  // The JSON-LD names no id; it is this post's only when the page's canonical link says so.
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  const jsonLd =
    canonical.endsWith(`/post/${id}`) && findJobPostings(doc).length ? readJobPosting(doc) : null;
  const client = (record?.client_details as Json | undefined)?.client_name;
  const descriptionHtml = record ? flightText(flight, record.job_description) : undefined;
  const fields: ExtractedFields = {
    jobId: id,
    title:
      jsonText(record?.job_role_name) ??
      (pick(doc, ['main h1', 'h1']) || meta(doc, 'og:title').replace(/\s*\|\s*Apply on Job$/, '')),
    company: jsonText(client) ?? 'micro1',
    location: opt(jsonText(record?.location_name) ?? jsonText(record?.location_type)),
    payText: record ? payOf(record) : undefined,
    postedAt: opt(jsonText(record?.create_datetime)?.slice(0, 10)),
    description: htmlToText(descriptionHtml, doc),
    canonicalUrl: `https://jobs.micro1.ai/post/${id}`,
  };
  const merged = fillFrom(fields, jsonLd);
  return merged.title && merged.description ? merged : null;
}

export const micro1: SiteAdapter = {
  ...identityOf('micro1'),
  matches: ['https://micro1.ai/*', 'https://*.micro1.ai/*'],
  listingUrl: [new RegExp(String.raw`^https:\/\/jobs\.micro1\.ai\/post\/${UUID}\/?(?:[?#]|$)`)],
  // Posts open from the board without a page load; the record is matched by the URL's id.
  spa: true,
  jobIdOf: postIdOf,
  extract: readMicro1,
  testUrls: {
    listing: [
      'https://jobs.micro1.ai/post/1407cefb-7515-4662-8c30-97ca8952a506',
      'https://jobs.micro1.ai/post/416f4a44-95ff-455f-ab01-fa318a30dda8/',
      'https://jobs.micro1.ai/post/1407cefb-7515-4662-8c30-97ca8952a506?referralCode=d79d628f-3c1e-4b8a-9f2d-0a1b2c3d4e5f&utm_source=referral&utm_medium=share&utm_campaign=job_referral',
    ],
    notListing: [
      'https://jobs.micro1.ai/',
      'https://jobs.micro1.ai/post/success',
      'https://jobs.micro1.ai/post/not-a-uuid',
      'https://jobs.micro1.ai/post/1407cefb-7515-4662-8c30-97ca8952a506/apply',
      'https://talent.micro1.ai/',
      'https://kb.micro1.ai/kb/support/troubleshooting-clients',
    ],
  },
};
