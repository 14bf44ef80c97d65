import type { ExtractedFields, SiteAdapter } from '../types';
import { htmlToText } from '../dom-text';
import { asArray, jsonText, type Json } from '../job-posting-json';
import { nextPageProps } from '../next-data';
import { opt, readPlatformPage } from '../read';
import { identityOf } from '../identity';

/*
 * Turing (www.turing.com) — what is known of the real pages.
 *
 * - URL: www.turing.com/remote-developer-jobs/j/<title-slug>-<jobId>, e.g.
 *   "/remote-developer-jobs/j/junior-ruby-on-rails-developer-81396". Seen in public job-board
 *   clients built on Turing's public API (JOB_URL_PREFIX = 'https://www.turing.com/remote-developer-jobs/j/')
 *   and a public list of openings. Pages under /jobs/ (/jobs/remote-ai-ml-jobs,
 *   /jobs/remote-node-js-developer, /jobs/ai-ml-engineer…) are category landing pages, not
 *   listings; /remote-developer-jobs is the board.
 * - Data: the board reads www.turing.com/api/remote-jobs (sortBy, limit, offset, locale); a job
 *   record has jobId, publicTitle, description (HTML), role, industry, company (detail),
 *   companySize, customerWeeklyHourEngagement, requiredSkills/optionalSkills [{ id, name }],
 *   jobLanguageContent [{ publicTitle, publicDescription }], isActive, directApplyUrl. Seen in
 *   several public Angular clients' job models (Job / JobDetail / IJob) and a public scraper's
 *   TuringJob type.
 * - No saved job page was found in public code: whether the page embeds that record (the adapter
 *   looks for it in `__NEXT_DATA__` page props, matched by jobId), carries JSON-LD, or uses the
 *   classes the adapter falls back to (h1.job-title, .job-description, .job-compensation,
 *   .job-location, .job-type) is the adapter's assumption, and so is the fixtures' markup.
 */
const PATH = /^\/remote-developer-jobs\/j\/[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){0,20}-(\d{3,10})\/?$/;
const MAX_NODES = 2000;

function jobIdOf(url: URL): string | undefined {
  return PATH.exec(url.pathname)?.[1];
}

/** The record with this jobId anywhere in the page props (bounded walk). */
function recordFor(props: Json | null, id: string): Json | undefined {
  const stack: unknown[] = props ? [props] : [];
  for (let seen = 0; stack.length && seen < MAX_NODES; seen++) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (!Array.isArray(node) && jsonText((node as Json).jobId) === id) return node as Json;
    stack.push(...(Array.isArray(node) ? node : Object.values(node)));
  }
  return undefined;
}

function fromRecord(record: Json, doc: Document, id: string, canonicalUrl: string): ExtractedFields | null {
  const english = asArray(record.jobLanguageContent).find(
    (c) => jsonText((c as Json | undefined)?.abbreviation) === 'en',
  ) as Json | undefined;
  const title = jsonText(english?.publicTitle) ?? jsonText(record.publicTitle);
  const html = jsonText(english?.publicDescription) ?? jsonText(record.description);
  const description = htmlToText(html, doc);
  if (!title || !description) return null;
  const hours = jsonText(record.customerWeeklyHourEngagement);
  return {
    jobId: id,
    title,
    company: jsonText(record.company) ?? 'Turing',
    employmentType: opt(hours ? `${hours} hrs/week` : undefined),
    postedAt: opt(jsonText(record.publishedOnJobBoard)?.slice(0, 10)),
    description,
    canonicalUrl,
  };
}

function readTuring(doc: Document, url: URL): ExtractedFields | null {
  const id = jobIdOf(url);
  if (!id) return null;
  const canonicalUrl = `https://www.turing.com${url.pathname}`;
  const record = recordFor(nextPageProps(doc), id);
  const fromData = record ? fromRecord(record, doc, id, canonicalUrl) : null;
  if (fromData) return fromData;
  return readPlatformPage(doc, {
    company: 'Turing',
    jobId: id,
    title: ['h1.job-title', '.job-header h1'],
    description: ['.job-description'],
    pay: ['.job-compensation'],
    location: ['.job-location'],
    employmentType: ['.job-type'],
    canonicalUrl,
  });
}

export const turing: SiteAdapter = {
  ...identityOf('turing'),
  matches: ['https://turing.com/*', 'https://*.turing.com/*'],
  listingUrl: [
    /^https:\/\/(?:www\.)?turing\.com\/remote-developer-jobs\/j\/[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){0,20}-\d{3,10}\/?(?:[?#]|$)/,
  ],
  jobIdOf,
  extract: readTuring,
  testUrls: {
    listing: [
      'https://www.turing.com/remote-developer-jobs/j/junior-ruby-on-rails-developer-81396',
      'https://www.turing.com/remote-developer-jobs/j/llm-code-reviewer-python-81402/?utm_source=linkedin',
    ],
    notListing: [
      'https://www.turing.com/remote-developer-jobs',
      'https://www.turing.com/remote-developer-jobs/j/',
      'https://www.turing.com/jobs/remote-ai-ml-jobs',
      'https://www.turing.com/jobs/remote-node-js-developer',
      'https://www.turing.com/jobs/llm-code-evaluator-python-12345',
      'https://www.turing.com/api/remote-jobs?sortBy=publishedOnJobBoard,desc&limit=10&offset=0&locale=en',
      'https://www.turing.com/jobs/',
      'https://www.turing.com/',
    ],
  },
};
