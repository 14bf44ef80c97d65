import type { ExtractedFields, SiteAdapter } from '../types';
import { textOf } from '../dom-text';
import { opt, textWithout } from '../read';
import { identityOf } from '../identity';

/*
 * Handshake (app.joinhandshake.com and each school's <school>.joinhandshake.com) — what the real
 * pages look like.
 *
 * - URLs: /jobs/<id> and /stu/jobs/<id> (links from the postings list add ?ref=preview-header-click
 *   or ?ref=preview), and the search split view /job-search/<id> (?page=, ?searchId=; some readers
 *   also match /job-search-new/<id>). The older list is /stu/postings or /postings?page=…. Seen in
 *   public scrapers, auto-apply bots and job-tracker extensions (several), and
 *   palmerusaf/ASU-Capstone entrypoints/handshake.content.ts.
 * - The posting is [data-hook="job-details-page"] (the split view's pane is
 *   [data-hook="right-content"]); its first child block holds the employer link
 *   a[href^="/e/<id>"] (aria-label = employer name, the name in a div; the industry is the last
 *   link), the h1 title and a "Posted 3 days ago ∙ Apply by …" line; a later block starts with
 *   "At a glance" and lists rows in order: the pay when posted ("$20–25/hr", "Paid", "Unpaid"), the
 *   location ("Remote", "Onsite, based in …"), the job type ("Full-time", "Internship"); then the
 *   about block (description behind a "More"/"Less" toggle), then "About the employer", similar
 *   jobs ([data-hook="similar-job-bookmark-action"]) and students (a[href*="/profiles/"]). Class
 *   names are generated (styled-components); data-hook attributes are the stable handles. The tab
 *   title is "Title | Company | Handshake" ("Jobs | Handshake" in the split view). Search cards
 *   are [data-hook^="job-result-card"]. Seen in a public Handshake crawler's
 *   JsonCssExtractionStrategy (at_a_glance rows, company/industry links, posted line), a job
 *   reader that keeps only the posting's sections, and autofill extensions' site rules.
 * - No JSON-LD and no embedded job data were seen; everything is read from the DOM.
 * - Handshake AI's own fellowship roles are posted on Ashby (jobs.ashbyhq.com/handshake).
 */
const ID = String.raw`\d{4,12}`;
const PATH = new RegExp(`^/(?:stu/)?(?:jobs|job-search)/(${ID})/?$`);
const PANE = '[data-hook="job-details-page"], [data-hook="right-content"]';
const PAY_ROW = /[$£€₹]\s?\d|^(?:un)?paid\b/i;
const LOCATION_ROW = /\b(?:remote|onsite|on-site|hybrid|based in)\b/i;
const TYPE_ROW = /\b(?:full|part)[- ]time\b|\binternship\b|\bcontract\b|\btemporary\b|\bseasonal\b/i;

function jobIdOf(url: URL): string | undefined {
  return PATH.exec(url.pathname)?.[1];
}

/** The posting's blocks: the pane's children once single-child wrappers are stepped through. */
function blocksOf(pane: Element): Element[] {
  let container: Element | null = pane;
  for (let i = 0; i < 5 && container?.children.length === 1; i++) container = container.firstElementChild;
  const kept: Element[] = [];
  for (const block of container?.children ?? []) {
    // Similar jobs and fellow students follow the posting; they are not part of it.
    if (block.querySelector('[data-hook="similar-job-bookmark-action"]')) break;
    if (!block.querySelector('a[href*="/profiles/"]')) kept.push(block);
  }
  return kept;
}

/** The "At a glance" rows (after the heading row), each as one line of text. */
function glanceRows(blocks: Element[]): string[] {
  const glance = blocks.find((b) => /^at a glance$/i.test(textOf(b.firstElementChild)));
  return [...(glance?.children ?? [])]
    .slice(1)
    .map((row) => textOf(row).replace(/\s*\n\s*/g, ' · '))
    .filter(Boolean);
}

function readHandshake(doc: Document, url: URL): ExtractedFields | null {
  const id = jobIdOf(url);
  const pane = doc.querySelector(PANE);
  if (!id || !pane) return null;
  const title = textOf(pane.querySelector('h1'));
  const blocks = blocksOf(pane);
  const header = blocks.find((b) => b.querySelector('h1'));
  const employer = pane.querySelector('a[href^="/e/"]');
  const tabCompany = /^.+ \| (.+?) \| Handshake$/.exec(doc.title)?.[2];
  const company =
    employer?.getAttribute('aria-label')?.trim() ||
    textOf(employer?.querySelector('div') ?? employer) ||
    tabCompany ||
    '';
  const rows = glanceRows(blocks);
  const glanceBlock = blocks.find((b) => /^at a glance$/i.test(textOf(b.firstElementChild)));
  // The posting's text: the blocks after the header and the at-a-glance rows, toggles left out.
  const description = blocks
    .filter((b) => b !== header && b !== glanceBlock)
    .map((b) => textWithout(b, 'button'))
    .filter(Boolean)
    .join('\n\n');
  if (!title || !description) return null;
  const posted = header ? [...header.children].map((c) => textOf(c)).find((t) => /^posted\b/i.test(t)) : '';
  return {
    jobId: id,
    title,
    company,
    payText: opt(rows.find((r) => PAY_ROW.test(r))),
    location: opt(rows.find((r) => LOCATION_ROW.test(r))),
    employmentType: opt(rows.find((r) => TYPE_ROW.test(r) && !LOCATION_ROW.test(r))),
    postedAt: opt(posted?.split('∙')[0]),
    description,
    canonicalUrl: `https://app.joinhandshake.com/jobs/${id}`,
  };
}

export const handshake: SiteAdapter = {
  ...identityOf('handshake'),
  matches: ['https://*.joinhandshake.com/*', 'https://joinhandshake.com/*', 'https://*.joinhandshake.ai/*'],
  listingUrl: [
    new RegExp(
      String.raw`^https:\/\/[\w-]{1,60}\.joinhandshake\.com\/(?:stu\/)?(?:jobs|job-search)\/${ID}\/?(?:[?#]|$)`,
    ),
  ],
  // Search opens postings in a pane beside the results without a page load.
  spa: true,
  splitView: [/^https:\/\/[\w-]{1,60}\.joinhandshake\.com\/job-search\//],
  jobIdOf,
  extract: readHandshake,
  testUrls: {
    listing: [
      'https://app.joinhandshake.com/jobs/9876543',
      'https://app.joinhandshake.com/stu/jobs/9876543?ref=preview-header-click',
      'https://temple.joinhandshake.com/stu/jobs/9876545?ref=preview-header-click',
      'https://umich.joinhandshake.com/jobs/9876544',
      'https://app.joinhandshake.com/job-search/9876543?page=1&per_page=25',
    ],
    notListing: [
      'https://app.joinhandshake.com/stu/postings',
      'https://berkeley.joinhandshake.com/postings?page=1&per_page=25',
      'https://app.joinhandshake.com/job-search/',
      'https://app.joinhandshake.com/explore',
      'https://app.joinhandshake.com/e/123456',
      'https://joinhandshake.com/ai/',
      'https://support.joinhandshake.com/hc/en-us/articles/31620022060055-Introduction-to-the-MOVE-Program',
    ],
  },
};
