import type { ExtractedFields, SiteAdapter } from '../types';
import { readJobPosting } from '../json-ld';
import { fillFrom, opt, pick, textOfAll } from '../read';
import { identityOf } from '../identity';
import { workableBoardSlug } from '../identity/board-slugs';

// Workable careers pages: apply.workable.com/<account>/j/<shortcode>/ and the older
// <account>.workable.com/j/<shortcode>, per Workable's help centre ("Your careers page") and the
// public widget API (apply.workable.com/api/v1/widget/accounts/<account>).
const CODE = '[0-9A-F]{6,12}';

const CODE_ON_SUBDOMAIN = new RegExp(`^/j/(${CODE})`);
const SLUG_AND_CODE = new RegExp(`^/([\\w-]+)/j/(${CODE})`);

function idsOf(url: URL): { slug?: string; code?: string } {
  const sub = /^([\w-]+)\.workable\.com$/.exec(url.hostname)?.[1];
  const onAccountHost = Boolean(sub && sub !== 'apply');
  const code = onAccountHost
    ? CODE_ON_SUBDOMAIN.exec(url.pathname)?.[1]
    : SLUG_AND_CODE.exec(url.pathname)?.[2];
  return { slug: workableBoardSlug(url), code };
}

/** Reads a Workable posting; exported for platform adapters whose roles are posted through Workable. */
export function readWorkable(doc: Document, url: URL): ExtractedFields | null {
  const jsonLd = readJobPosting(doc);
  const { slug, code } = idsOf(url);
  const dom: ExtractedFields = {
    jobId: code,
    title: pick(doc, ['[data-ui="job-title"]', 'main h1', 'h1']),
    company: doc.title.split(' - ').slice(1).join(' - ').trim() || undefined,
    location: opt(pick(doc, ['[data-ui="job-location"]'])),
    employmentType: opt(pick(doc, ['[data-ui="job-type"]'])),
    payText: opt(pick(doc, ['[data-ui="job-salary"]'])),
    description: textOfAll(
      doc,
      '[data-ui="job-description"], [data-ui="job-requirements"], [data-ui="job-benefits"]',
    ),
    canonicalUrl: slug && code ? `https://apply.workable.com/${slug}/j/${code}/` : undefined,
  };
  const merged = fillFrom(dom, jsonLd);
  return merged.title && merged.description ? merged : null;
}

export const workable: SiteAdapter = {
  ...identityOf('workable'),
  matches: ['https://apply.workable.com/*', 'https://*.workable.com/j/*'],
  listingUrl: [
    new RegExp(String.raw`^https:\/\/apply\.workable\.com\/[\w-]{1,100}\/j\/${CODE}\/?(?:[?#]|$)`),
    new RegExp(String.raw`^https:\/\/(?!apply\.|www\.)[\w-]{1,100}\.workable\.com\/j\/${CODE}\/?(?:[?#]|$)`),
  ],
  notListing: [new RegExp(String.raw`^https:\/\/apply\.workable\.com\/[\w-]{1,100}\/j\/${CODE}\/apply`)],
  jobIdOf: (url) => idsOf(url).code,
  extract: readWorkable,
  testUrls: {
    listing: [
      'https://apply.workable.com/toloka-ai/j/5A1B2C3D4E/',
      'https://apply.workable.com/huggingface/j/1A2B3C4D5E?utm_source=linkedin',
      'https://toloka-annotators.workable.com/j/9F8E7D6C5B',
    ],
    notListing: [
      'https://apply.workable.com/toloka-ai/',
      'https://apply.workable.com/toloka-ai/j/5A1B2C3D4E/apply/',
      'https://www.workable.com/',
    ],
  },
};
