import type { ExtractedFields, SiteAdapter } from '../types';
import { asArray, jsonText, type Json } from '../job-posting-json';
import { findJobPostings, readJobPosting } from '../json-ld';
import { fillFrom, opt, pick } from '../read';
import { identityOf } from '../identity';

/*
 * OpenTrain AI (www.opentrain.ai) — what the real pages look like.
 *
 * - URL: www.opentrain.ai/jobs/<title-slug>--<id>/ with a lowercase id (cuid-like, e.g.
 *   "--cmuguwih6000e04jpzvkvxbnl"), trailing slash. Seen in public job trackers' link lists and a
 *   public scraper that collects them with /jobs\/[^"]+--[a-z0-9]+\//. Index pages are not listings:
 *   /jobs/ ("Remote AI Jobs: Training & Data Labeling - OpenTrain AI"), /jobs/country/<country>/
 *   (its links are in JSON as "url"/"name" pairs), /jobs/pay-rates/.
 * - A job page carries a JobPosting in `<script type="application/ld+json">`: title, description
 *   (HTML), datePosted, validThrough, applicantLocationRequirements [{ name }]. The public scraper
 *   reads the pay from the description's words, not from a salary field. Seen in a public job
 *   feed's openTrainDetail() (regex over the saved HTML) and its feedOpenTrain().
 * - The page's own markup (classes, headings) was not in any saved page or scraper; the adapter
 *   reads the JSON-LD and uses the first h1 only when that is missing. The fixtures' body markup
 *   is plain and not a claim about the real page.
 * - OpenTrain also posts other companies' projects; the JSON-LD's hiringOrganization names the
 *   poster when it is not OpenTrain itself.
 */
const HOST = String.raw`https:\/\/(?:www\.)?opentrain\.ai`;
const JOB_PATH = /^\/jobs\/([a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){0,25})--([a-z0-9]{10,40})\/?$/;
const MAX_COUNTRIES_SHOWN = 5;

function jobIdOf(url: URL): string | undefined {
  return JOB_PATH.exec(url.pathname)?.[2];
}

/** Where applicants may be: "Remote: Kenya, Nigeria" or "Remote (32 countries)". */
function locationOf(posting: Json | undefined): string | undefined {
  const countries = asArray(posting?.applicantLocationRequirements)
    .map((c) => jsonText(c))
    .filter((c): c is string => Boolean(c));
  const remote = jsonText(posting?.jobLocationType) === 'TELECOMMUTE' || countries.length > 0;
  if (!countries.length) return remote ? 'Remote' : undefined;
  return countries.length <= MAX_COUNTRIES_SHOWN
    ? `Remote: ${countries.join(', ')}`
    : `Remote (${countries.length} countries)`;
}

function readOpenTrain(doc: Document, url: URL): ExtractedFields | null {
  const id = jobIdOf(url);
  if (!id) return null;
  const posting = findJobPostings(doc)[0];
  const jsonLd = posting ? readJobPosting(doc) : null;
  const fields: ExtractedFields = {
    jobId: id,
    title: jsonLd?.title ?? pick(doc, ['main h1', 'h1']),
    company: jsonLd?.company ?? 'OpenTrain AI',
    location: opt(locationOf(posting)),
    canonicalUrl: `https://www.opentrain.ai${url.pathname.replace(/\/?$/, '/')}`,
  };
  const merged = fillFrom(fields, jsonLd);
  return merged.title && merged.description ? merged : null;
}

export const opentrain: SiteAdapter = {
  ...identityOf('opentrain'),
  matches: ['https://opentrain.ai/*', 'https://*.opentrain.ai/*'],
  listingUrl: [
    new RegExp(
      String.raw`^${HOST}\/jobs\/[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){0,25}--[a-z0-9]{10,40}\/?(?:[?#]|$)`,
    ),
  ],
  jobIdOf,
  extract: readOpenTrain,
  testUrls: {
    listing: [
      'https://www.opentrain.ai/jobs/project-management-ai-training-specialist--cmuguwih6000e04jpzvkvxbnl/',
      'https://www.opentrain.ai/jobs/ai-data-reviewer--cmphrb2yr002004l86molnuw7/',
      'https://opentrain.ai/jobs/visual-evaluation-specialist--cmpkicvsf003b04k3hgf3ppqp?utm_source=x',
    ],
    notListing: [
      'https://www.opentrain.ai/jobs/',
      'https://www.opentrain.ai/jobs/country/pakistan/',
      'https://www.opentrain.ai/jobs/pay-rates/',
      'https://www.opentrain.ai/blog/what-ai-training-work-actually-looks-like-for-freelancers/',
      'https://www.opentrain.ai/become-freelancer/',
      'https://app.opentrain.ai/profile/josh-s-3',
    ],
  },
};
