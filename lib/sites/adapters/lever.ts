import type { ExtractedFields, SiteAdapter } from '../types';
import { readJobPosting } from '../json-ld';
import { textOf } from '../dom-text';
import { fillFrom, opt, pick, textWithout } from '../read';
import { identityOf } from '../identity';

// Lever hosted job sites: jobs.lever.co/<company>/<posting uuid> and the EU instance jobs.eu.lever.co,
// per Lever's Postings API docs (github.com/lever/postings-api: "hosted job site" URLs).
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const HOST = String.raw`https:\/\/jobs(?:\.eu)?\.lever\.co`;

const IDS_IN_PATH = new RegExp(`^/([\\w.-]+)/(${UUID})`);

function idsOf(url: URL): { slug?: string; id?: string } {
  const m = IDS_IN_PATH.exec(url.pathname);
  return { slug: m?.[1], id: m?.[2] };
}

// A money amount as Lever's pay lines state it: "$71,750 - $95,250 a year", "CAD $113,400 - …".
const MONEY = /[$£€₹]\s?\d|\b(?:USD|EUR|GBP|CAD|AUD|INR)\s?\d/;

/**
 * The posting's pay line as stated. Lever shows it in a `[data-qa="salary-range"]` section under a
 * heading of the employer's choosing (seen in several scrapers' selectors, e.g. "$210,000 - $260,000
 * a year"); some boards put it among the headline categories instead.
 */
function salaryLine(doc: Document): string {
  const lines = [
    ...textOf(doc.querySelector('[data-qa="salary-range"]')).split('\n'),
    ...[...doc.querySelectorAll('.posting-categories .posting-category')].map((el) => textOf(el)),
  ];
  return lines.find((line) => MONEY.test(line))?.trim() ?? '';
}

/**
 * The application page (/apply) has the headline but no description: its text is the form's
 * questions, which are what the user is about to hand over (and where a request for bank details
 * or a fee would show).
 */
function applicationText(doc: Document): string {
  return textWithout(
    doc.querySelector('form#application-form, .application-page form, form[data-qa="application-form"]'),
    'select, .application-dropzone, [data-qa="btn-submit"], .postings-btn-wrapper',
  );
}

/** Reads a Lever posting; exported for platform adapters whose roles are posted through Lever. */
export function readLever(doc: Document, url: URL): ExtractedFields | null {
  const title = pick(doc, ['.posting-headline h2', '.posting-header h2', 'h2']);
  const onApply = /\/apply\/?$/.test(url.pathname);
  const description = onApply
    ? applicationText(doc)
    : textWithout(
        doc.querySelector('.content .section-wrapper.page-full-width, .posting-page .content'),
        '.postings-btn-wrapper, .posting-headline, [data-qa="btn-apply-bottom"]',
      );
  const jsonLd = readJobPosting(doc);
  if (!title || !description) return jsonLd;
  const logoAlt = doc.querySelector('.main-header-logo img')?.getAttribute('alt') ?? '';
  const { slug, id } = idsOf(url);
  return fillFrom(
    {
      jobId: id,
      title,
      company: logoAlt.replace(/\s*logo\s*$/i, '').trim() || doc.title.split(' - ')[0].trim(),
      location: opt(pick(doc, ['.posting-categories .location'])),
      employmentType: opt(pick(doc, ['.posting-categories .commitment'])),
      payText: opt(salaryLine(doc)),
      description,
      canonicalUrl: slug && id ? `${url.origin}/${slug}/${id}` : undefined,
    },
    jsonLd,
  );
}

export const lever: SiteAdapter = {
  ...identityOf('lever'),
  matches: ['https://jobs.lever.co/*', 'https://jobs.eu.lever.co/*'],
  // The posting and its application form: the user applies on /apply, which is when to log it.
  listingUrl: [new RegExp(String.raw`^${HOST}\/[\w.-]{1,100}\/${UUID}(?:\/apply)?\/?(?:[?#]|$)`)],
  jobIdOf: (url) => idsOf(url).id,
  extract: readLever,
  testUrls: {
    listing: [
      'https://jobs.lever.co/appen/b5a3495f-c569-4b54-a5b7-e18e67024e1a',
      'https://jobs.lever.co/appen-2/d68f2b43-5413-480d-8cb0-b14d4fafde0e?lever-source=LinkedIn',
      'https://jobs.eu.lever.co/examplelabs/2d0bb58b-a3f0-4f91-843c-136d03ca9105/',
      'https://jobs.lever.co/appen/b5a3495f-c569-4b54-a5b7-e18e67024e1a/apply',
      'https://jobs.lever.co/appen/b5a3495f-c569-4b54-a5b7-e18e67024e1a/apply?lever-source=LinkedIn',
    ],
    notListing: [
      'https://jobs.lever.co/appen',
      'https://jobs.lever.co/appen/b5a3495f-c569-4b54-a5b7-e18e67024e1a/thanks',
      'https://www.lever.co/',
    ],
  },
};
