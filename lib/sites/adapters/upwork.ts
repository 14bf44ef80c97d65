import type { SiteAdapter } from '../types';
import { textOf } from '../dom-text';
import { readJobPosting } from '../json-ld';
import { fillFrom, opt, pick } from '../read';

// Official domain: upwork.com. Job ids are the "~01…" ciphertext in /jobs/~<id>, the public
// /freelance-jobs/apply/<slug>_~<id>/ pages and the logged-in "details" slider, per Upwork's help
// centre links and public scrapers' URL handling.
const HOST = String.raw`https:\/\/www\.upwork\.com`;
const ID = '~0[0-9a-f]{10,24}';

const ID_IN_PATH = new RegExp(`(${ID})`);

function jobIdOf(url: URL): string | undefined {
  return ID_IN_PATH.exec(url.pathname)?.[1];
}

/** "Hourly: $25.00 - $45.00" from the features list, or a fixed budget. */
function budget(doc: Document): string {
  const features = [...doc.querySelectorAll('[data-test="Features"] li, ul.features li')].map((li) =>
    textOf(li).replace(/\n+/g, ' '),
  );
  const hourly = features.find((f) => /\bhourly\b/i.test(f) && /\$\s?\d/.test(f));
  if (hourly) return hourly;
  const fixed = features.find((f) => /fixed-price/i.test(f) && /\$\s?\d/.test(f));
  return fixed ?? pick(doc, ['[data-test="BudgetAmount"]', '[data-test="job-budget"]']);
}

export const upwork: SiteAdapter = {
  id: 'upwork',
  name: 'Upwork',
  kind: 'board',
  officialDomains: ['upwork.com'],
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
        payText: opt(budget(doc)),
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
