import type { ExtractedFields, SiteAdapter } from '../types';
import { htmlToText } from '../dom-text';
import { readJobPosting } from '../json-ld';
import { fillFrom, inlineJsonAfter, opt, pick, textOfAll, textWithout } from '../read';
import { identityOf } from '../identity';
import { workableBoardSlug } from '../identity/board-slugs';

// Workable (facts and where each was seen: lib/sites/README.md, "Workable"). URL forms:
// apply.workable.com/<account>/j/<shortcode>/ (the posting), …/apply/ (its application form), and
// jobs.workable.com/view/<id>/<slug> (Workable's own job search). The older
// <account>.workable.com/j/<code> and the bare apply.workable.com/j/<code> shortlink only redirect
// to the first form, so they never show a page of their own.
const CODE = '[0-9A-F]{6,12}';
const POSTING = new RegExp(`^/([\\w-]+)/j/(${CODE})`);
const VIEW = /^\/view\/([A-Za-z0-9]{10,40})(?:\/|$)/;

function idsOf(url: URL): { slug?: string; code?: string } {
  if (url.hostname === 'jobs.workable.com') return { code: VIEW.exec(url.pathname)?.[1] };
  const m = POSTING.exec(url.pathname);
  return { slug: m ? workableBoardSlug(url) : undefined, code: m?.[2] };
}

/** The title the page gives itself: "Freelance Medical Expert - Toloka AI". */
function companyFromTitle(doc: Document): string | undefined {
  return doc.title.split(' - ').slice(1).join(' - ').trim() || undefined;
}

/**
 * The application page (/apply) keeps the posting's header but swaps the description for the form:
 * its questions are what the user is about to hand over.
 */
function applicationText(doc: Document): string {
  return textWithout(doc.querySelector('form[data-ui="application-form"]'), 'button, input[type="file"]');
}

/** Reads an apply.workable.com posting or its application form; exported for platform adapters. */
export function readWorkable(doc: Document, url: URL): ExtractedFields | null {
  if (url.hostname === 'jobs.workable.com') return readJobsWorkable(doc, url);
  const jsonLd = readJobPosting(doc);
  const { slug, code } = idsOf(url);
  const onApply = /\/apply\/?$/.test(url.pathname);
  const dom: ExtractedFields = {
    jobId: code,
    title: pick(doc, ['[data-ui="job-title"]', 'main h1', 'h1']),
    company:
      companyFromTitle(doc) || opt(doc.querySelector('[data-ui="company-logo"] img')?.getAttribute('alt')),
    location: opt(pick(doc, ['[data-ui="job-location"]'])),
    employmentType: opt(pick(doc, ['[data-ui="job-type"]'])),
    description: onApply
      ? applicationText(doc)
      : textOfAll(doc, '[data-ui="job-description"], [data-ui="job-requirements"], [data-ui="job-benefits"]'),
    canonicalUrl: slug && code ? `https://apply.workable.com/${slug}/j/${code}/` : undefined,
  };
  const merged = fillFrom(dom, jsonLd);
  return merged.title && merged.description ? merged : null;
}

type BoardJob = {
  title?: unknown;
  company?: { title?: unknown };
  location?: { city?: unknown; subregion?: unknown; countryName?: unknown };
  locations?: unknown;
  description?: unknown;
  requirementsSection?: unknown;
  benefitsSection?: unknown;
  employmentType?: unknown;
  workplace?: unknown;
};

const str = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

function placeOf(job: BoardJob): string | undefined {
  const named = Array.isArray(job.locations)
    ? job.locations.map(str).map((l) => (/^telecommute$/i.test(l) ? 'Remote' : l))
    : [];
  if (named.filter(Boolean).length) return named.filter(Boolean).join('; ');
  const l = job.location;
  return opt([str(l?.city), str(l?.subregion), str(l?.countryName)].filter(Boolean).join(', '));
}

/**
 * jobs.workable.com/view/<id>/…: the page's state (window.jobBoard, an inline script) holds
 * "api/v1/jobs/<id>": {"status":200,"data":{…}} with the posting's title, company.title, location,
 * and its description, requirements and benefits as HTML. The page also carries JSON-LD.
 */
function readJobsWorkable(doc: Document, url: URL): ExtractedFields | null {
  const { code } = idsOf(url);
  const jsonLd = readJobPosting(doc);
  const state = code ? (inlineJsonAfter(doc, `"api/v1/jobs/${code}"`) as { data?: BoardJob } | null) : null;
  const job = state?.data;
  const own: ExtractedFields = job
    ? {
        jobId: code,
        title: str(job.title),
        company: str(job.company?.title) || undefined,
        location: placeOf(job),
        employmentType: opt(str(job.employmentType)),
        description: [job.description, job.requirementsSection, job.benefitsSection]
          .map((html) => htmlToText(str(html), doc))
          .filter(Boolean)
          .join('\n\n'),
        canonicalUrl: `${url.origin}${url.pathname}`,
      }
    : { jobId: code };
  const merged = fillFrom(own, jsonLd);
  return merged.title && merged.description ? merged : null;
}

export const workable: SiteAdapter = {
  ...identityOf('workable'),
  matches: ['https://apply.workable.com/*', 'https://jobs.workable.com/*'],
  listingUrl: [
    new RegExp(
      String.raw`^https:\/\/apply\.workable\.com\/[\w-]{1,100}\/j\/${CODE}(?:\/apply)?\/?(?:[?#]|$)`,
    ),
    /^https:\/\/jobs\.workable\.com\/view\/[A-Za-z0-9]{10,40}(?:\/[\w-]{1,200})?\/?(?:[?#]|$)/,
  ],
  jobIdOf: (url) => idsOf(url).code,
  extract: readWorkable,
  testUrls: {
    listing: [
      'https://apply.workable.com/toloka-ai/j/5A1B2C3D4E/',
      'https://apply.workable.com/huggingface/j/1A2B3C4D5E?utm_source=linkedin',
      'https://apply.workable.com/toloka-ai/j/5A1B2C3D4E/apply/',
      'https://jobs.workable.com/view/3kQm8ZpWx2NvLc7RtY9bJd/freelance-math-reviewer-in-warsaw-at-toloka-ai',
    ],
    notListing: [
      'https://apply.workable.com/toloka-ai/',
      'https://apply.workable.com/j/5A1B2C3D4E',
      'https://jobs.workable.com/search?query=annotation',
      'https://www.workable.com/',
    ],
  },
};
