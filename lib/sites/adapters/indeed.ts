import type { SiteAdapter } from '../types';
import { textOf } from '../dom-text';
import { readJobPosting } from '../json-ld';
import { fillFrom, opt, pick } from '../read';
import { identityOf } from '../identity';

// Job ids are the 16-hex-digit `jk`
// (viewjob) and `vjk` (the split view's selected job), as used by public scrapers (e.g. JobSpy).
const HOST = String.raw`https:\/\/(?:(?:www|[a-z]{2})\.)?indeed\.com`;
const JK = /^[0-9a-f]{16}$/;
const PAYISH = /[$£€₹]\s?\d|\d\s?(?:USD|EUR|GBP|INR)\b/;
const TYPES = /\b(?:Full-time|Part-time|Contract|Temporary|Internship|Freelance|Permanent)\b/i;

function urlJobId(url: URL): string | undefined {
  const id = url.searchParams.get('jk') ?? url.searchParams.get('vjk') ?? '';
  return JK.test(id) ? id : undefined;
}

/** The job the right-hand pane shows; the split view updates `vjk` before the pane. */
function paneJobId(doc: Document): string | undefined {
  const pane = doc.querySelector('#jobsearch-ViewjobPaneWrapper, .jobsearch-RightPane');
  if (!pane) return undefined;
  const tagged = pane.querySelector('[data-jk]')?.getAttribute('data-jk');
  if (tagged && JK.test(tagged)) return tagged;
  const href = pane.querySelector('a[href*="jk="]')?.getAttribute('href') ?? '';
  return /[?&]jk=([0-9a-f]{16})/.exec(href)?.[1];
}

/** True while the pane still shows another job than the URL names. */
function staleView(doc: Document, url: URL): boolean {
  const jobId = urlJobId(url);
  const shown = paneJobId(doc);
  return Boolean(jobId && shown && shown !== jobId);
}

export const indeed: SiteAdapter = {
  ...identityOf('indeed'),
  matches: ['https://*.indeed.com/*', 'https://indeed.com/*'],
  listingUrl: [
    new RegExp(String.raw`^${HOST}\/(?:m\/)?viewjob\?(?:[^#]*&)?jk=[0-9a-f]{16}`),
    new RegExp(
      String.raw`^${HOST}\/(?:jobs|q-[^/?#]{1,200}-jobs\.html|l-[^/?#]{1,200}-jobs\.html)\?(?:[^#]*&)?vjk=[0-9a-f]{16}`,
    ),
    // The home page's "Jobs for you" feed opens a job beside the list too (ca.indeed.com/?r=us&vjk=…).
    new RegExp(String.raw`^${HOST}\/\?(?:[^#]*&)?vjk=[0-9a-f]{16}`),
  ],
  spa: true,
  splitView: [new RegExp(String.raw`^${HOST}\/(?:jobs|q-|l-|\?)`)],
  jobIdOf: urlJobId,
  staleView,
  extract(doc, url) {
    const jobId = urlJobId(url);
    const root = doc.querySelector('#jobsearch-ViewjobPaneWrapper') ?? doc;
    const title = pick(root, [
      '[data-testid="jobsearch-JobInfoHeader-title"] span',
      '[data-testid="jobsearch-JobInfoHeader-title"]',
      'h1.jobsearch-JobInfoHeader-title',
      '.jobsearch-JobInfoHeader-title',
    ]).replace(/\s*-\s*job post\s*$/i, '');
    const description = pick(root, ['#jobDescriptionText', '.jobsearch-jobDescriptionText']);
    if (!title || !description) return null;
    const salaryBox = root.querySelector('#salaryInfoAndJobType');
    // The header's salary line, or the "Job details" section's Pay and Job type groups.
    const salary = pick(root, [
      '#salaryInfoAndJobType span:first-child',
      '[data-testid="salaryInfo"]',
      '#jobDetailsSection [aria-label="Pay"] li',
    ]);
    const typeText =
      textOf(salaryBox) ||
      pick(root, [
        '#jobDetailsSection [aria-label="Job type"] li',
        '[data-testid="jobsearch-OtherJobDetailsContainer"]',
      ]);
    const fields = {
      jobId,
      title,
      company: pick(root, [
        '[data-testid="inlineHeader-companyName"] a',
        '[data-testid="inlineHeader-companyName"]',
        '[data-company-name="true"]',
        '.jobsearch-CompanyInfoContainer a',
      ]),
      location: opt(
        pick(root, [
          '[data-testid="inlineHeader-companyLocation"]',
          '[data-testid="job-location"]',
          '#jobLocationText',
        ]),
      ),
      payText: opt(PAYISH.test(salary) ? salary : ''),
      employmentType: opt(TYPES.exec(typeText)?.[0]),
      description,
      canonicalUrl: jobId ? `${url.origin}/viewjob?jk=${jobId}` : undefined,
    };
    return url.pathname.endsWith('/viewjob') ? fillFrom(fields, readJobPosting(doc)) : fields;
  },
  testUrls: {
    listing: [
      'https://www.indeed.com/viewjob?jk=1a2b3c4d5e6f7a8b',
      'https://uk.indeed.com/viewjob?from=serp&jk=0123456789abcdef&tk=1hxyz',
      'https://www.indeed.com/jobs?q=ai+trainer&l=Remote&vjk=1a2b3c4d5e6f7a8b',
      'https://ca.indeed.com/q-data-annotation-jobs.html?vjk=fedcba9876543210',
      'https://www.indeed.com/m/viewjob?jk=1a2b3c4d5e6f7a8b',
      'https://ca.indeed.com/?r=us&vjk=d3e9cd48aa379808',
    ],
    notListing: [
      'https://www.indeed.com/jobs?q=ai+trainer&l=Remote',
      'https://www.indeed.com/',
      'https://ca.indeed.com/?r=us',
      'https://www.indeed.com/cmp/Outlier-Ai/reviews',
      'https://www.indeed.com/viewjob?jk=not-a-job-id',
    ],
  },
};
