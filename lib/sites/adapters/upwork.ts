import type { SiteAdapter } from '../types';
import { textOf } from '../dom-text';
import { readJobPosting } from '../json-ld';
import { fillFrom, opt, pick } from '../read';
import { identityOf } from '../identity';

// Job ids are the "~01…" ciphertext in /jobs/~<id>, the public
// /freelance-jobs/apply/<slug>_~<id>/ pages and the logged-in "details" slider, per Upwork's help
// centre links and public scrapers' URL handling.
const HOST = String.raw`https:\/\/www\.upwork\.com`;
const ID = '~0[0-9a-f]{10,24}';

const ID_IN_PATH = new RegExp(`(${ID})`);

function jobIdOf(url: URL): string | undefined {
  return ID_IN_PATH.exec(url.pathname)?.[1];
}

/**
 * The budget as the page states it: the `[data-test="BudgetAmount"]` figures of one feature item
 * with that item's description ("$15.00 - $25.00 Hourly", "$75.00 Fixed-price"). The item's icon
 * names the kind too (data-cy="fixed-price" / "clock-hourly"), as public Upwork readers note.
 */
function budget(root: ParentNode): string {
  const first = root.querySelector('[data-test="BudgetAmount"]');
  const item = first?.closest('li') ?? first?.parentElement;
  if (first && item) {
    const figures = [...item.querySelectorAll('[data-test="BudgetAmount"]')].map((el) => textOf(el));
    const kind =
      textOf(item.querySelector('.description')) ||
      (item.querySelector('[data-cy="fixed-price"]') ? 'Fixed-price' : '') ||
      (item.querySelector('[data-cy="clock-hourly"], [data-cy="clock-timelog"]') ? 'Hourly' : '');
    const amounts = figures.filter(Boolean).join(' - ');
    if (amounts) return [amounts, kind].filter(Boolean).join(' ');
  }
  const features = [...root.querySelectorAll('[data-test="Features"] li, ul.features li')].map((li) =>
    textOf(li).replace(/\n+/g, ' '),
  );
  const stated = features.find((f) => /\b(?:hourly|fixed-price)\b/i.test(f) && /\$\s?\d/.test(f));
  return stated ?? pick(root, ['[data-test="job-budget"]', '[data-test="budget"]']);
}

/**
 * "About the client" in the page's words: payment verification, rating, jobs posted, hire rate,
 * open jobs, total spent, hires, member since. One of the strongest signs of a fake job there
 * ("Payment method not verified", "0 jobs posted"), so it is kept for the analysis.
 */
function clientBlock(root: ParentNode, doc: Document): string {
  const selector =
    '[data-test="about-client-container"], .cfe-ui-job-about-client, [data-test="AboutClientVisitor"]';
  return textOf(root.querySelector(selector) ?? doc.querySelector(selector));
}

export const upwork: SiteAdapter = {
  ...identityOf('upwork'),
  matches: ['https://www.upwork.com/*'],
  listingUrl: [
    new RegExp(String.raw`^${HOST}\/jobs\/(?:[\w-]{1,200}_)?${ID}\/?(?:[?#]|$)`),
    new RegExp(String.raw`^${HOST}\/freelance-jobs\/apply\/[\w-]{1,200}_${ID}\/?(?:[?#]|$)`),
    new RegExp(
      String.raw`^${HOST}\/nx\/(?:find-work|search\/jobs)\/(?:[\w-]{1,50}\/)?details\/${ID}\/?(?:[?#]|$)`,
    ),
  ],
  spa: true,
  splitView: [new RegExp(String.raw`^${HOST}\/nx\/`)],
  jobIdOf: jobIdOf,
  extract(doc, url) {
    const root = doc.querySelector('.job-details-content, [data-test="job-details"]') ?? doc;
    const title = pick(root, ['header h4 span.flex-1', 'header h4', 'h1', '.job-details-card h4']);
    const description = pick(root, [
      '[data-test="Description"]',
      '[data-test="job-description-text"]',
      '.job-description',
    ]);
    if (!title || !description) return null;
    const id = jobIdOf(url);
    return fillFrom(
      {
        jobId: id,
        title,
        company: pick(doc, ['[data-test="about-client-container"] [data-test="client-company-name"]']),
        location: opt(pick(root, ['[data-test="LocationLabel"]', '[data-test="job-location"]'])),
        payText: opt(budget(root)),
        clientText: opt(clientBlock(root, doc).split('\n').filter(Boolean).join(' · ')),
        employmentType: opt(pick(root, ['[data-test="job-type-label"]', '[data-test="Duration"] strong'])),
        postedAt: opt(pick(root, ['[data-test="PostedOn"] span', '[data-test="posted-on"]'])),
        description,
        canonicalUrl: id ? `https://www.upwork.com/jobs/${id}` : undefined,
      },
      readJobPosting(doc),
    );
  },
  testUrls: {
    listing: [
      'https://www.upwork.com/jobs/~01a2b3c4d5e6f7a8b9',
      'https://www.upwork.com/jobs/AI-Response-Evaluator_~01a2b3c4d5e6f7a8b9/',
      'https://www.upwork.com/freelance-jobs/apply/LLM-Data-Annotator-Spanish_~021234567890abcdef12/',
      'https://www.upwork.com/nx/find-work/best-matches/details/~01a2b3c4d5e6f7a8b9',
      'https://www.upwork.com/nx/search/jobs/details/~01a2b3c4d5e6f7a8b9?q=rlhf',
    ],
    notListing: [
      'https://www.upwork.com/nx/find-work/best-matches',
      'https://www.upwork.com/freelance-jobs/data-entry/',
      'https://www.upwork.com/freelancers/~01a2b3c4d5e6f7a8b9',
    ],
  },
};
