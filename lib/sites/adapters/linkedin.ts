import type { SiteAdapter } from '../types';
import { textOf } from '../dom-text';
import { readJobPosting } from '../json-ld';
import { fillFrom, opt, pick } from '../read';
import { identityOf } from '../identity';

// Job URLs per LinkedIn Help ("Share a job post": linkedin.com/jobs/view/<id>) and the search split
// view's currentJobId parameter, as used by open-source scrapers (e.g. py-linkedin-jobs-scraper).
const HOST = String.raw`https:\/\/(?:www|[a-z]{2})\.linkedin\.com`;
const PAY = /[$£€₹]\s?\d/;
const EMPLOYMENT = /^(?:Full-time|Part-time|Contract|Temporary|Internship|Volunteer|Freelance|Other)$/i;

function urlJobId(url: URL): string | undefined {
  return (
    /\/jobs\/view\/(?:[\w%-]*-)?(\d{6,20})/.exec(url.pathname)?.[1] ??
    url.searchParams.get('currentJobId') ??
    undefined
  );
}

/**
 * The job the detail pane shows right now. In the split view LinkedIn swaps the URL first and the
 * pane a moment later, so reading before the swap would show the previous job.
 */
function paneJobId(doc: Document): string | undefined {
  const pane = doc.querySelector(
    '.jobs-search__job-details--container, .jobs-search__job-details, .job-view-layout, .jobs-details, .details-pane__content',
  );
  if (!pane) return undefined;
  const tagged = pane.matches('[data-job-id]') ? pane : pane.querySelector('[data-job-id]');
  const fromAttr = tagged?.getAttribute('data-job-id');
  if (fromAttr && /^\d+$/.test(fromAttr)) return fromAttr;
  const link = pane.querySelector(
    '.job-details-jobs-unified-top-card__job-title a[href*="/jobs/view/"], .jobs-unified-top-card__job-title a[href*="/jobs/view/"], a.topcard__link[href*="/jobs/view/"]',
  );
  return /\/jobs\/view\/(?:[\w%-]*-)?(\d{6,20})/.exec(link?.getAttribute('href') ?? '')?.[1];
}

/** Public pages list "Employment type" and friends as criteria pairs. */
function criterion(doc: Document, name: RegExp): string {
  for (const item of doc.querySelectorAll('.description__job-criteria-item')) {
    if (name.test(textOf(item.querySelector('.description__job-criteria-subheader')))) {
      return textOf(item.querySelector('.description__job-criteria-text'));
    }
  }
  return '';
}

/**
 * "Title | Company | LinkedIn": how the tab is titled for a job, on the redesigned pages too, whose
 * class names are generated and carry no meaning (public readers fall back to it, e.g. a
 * Shortlist extension's content/linkedin.js). A leading "(3) " counts notifications.
 */
function fromTabTitle(doc: Document): { title: string; company: string } | undefined {
  const parts = doc.title
    .replace(/^\(\d+\+?\)\s*/, '')
    .split(/\s+\|\s+/)
    .map((p) => p.trim());
  if (parts.length < 3 || parts.at(-1) !== 'LinkedIn' || !parts[0] || !parts[1]) return undefined;
  return { title: parts[0], company: parts[1] };
}

/** True while the pane still shows another job than the URL names. */
function staleView(doc: Document, url: URL): boolean {
  const jobId = urlJobId(url);
  const shown = paneJobId(doc);
  return Boolean(jobId && shown && shown !== jobId);
}

export const linkedin: SiteAdapter = {
  ...identityOf('linkedin'),
  matches: ['https://www.linkedin.com/*', 'https://*.linkedin.com/jobs/*'],
  listingUrl: [
    new RegExp(String.raw`^${HOST}\/jobs\/view\/(?:[\w%-]{0,300}-)?\d{6,20}\/?(?:[?#]|$)`),
    new RegExp(
      String.raw`^${HOST}\/jobs\/(?:search|collections(?:\/[\w-]{1,50})?)\/?\?(?:[^#]*&)?currentJobId=\d{6,20}`,
    ),
  ],
  spa: true,
  splitView: [new RegExp(String.raw`^${HOST}\/jobs\/(?:search|collections)\b`)],
  jobIdOf: urlJobId,
  staleView,
  extract(doc, url) {
    const jobId = urlJobId(url);
    const tab = fromTabTitle(doc);
    const title =
      pick(doc, [
        '.job-details-jobs-unified-top-card__job-title h1',
        '.job-details-jobs-unified-top-card__job-title',
        '.jobs-unified-top-card__job-title',
        '.top-card-layout__title',
        '.topcard__title',
      ]) ||
      tab?.title ||
      '';
    const description = pick(doc, [
      '#job-details',
      '.jobs-description__content .jobs-box__html-content',
      '.jobs-description-content__text',
      '.show-more-less-html__markup',
      '.description__text',
      // The redesigned layout's only stable hooks are test ids; the first text box is "About the job".
      'main [data-testid="expandable-text-box"]',
    ]).replace(/^About the job\s*/, '');
    if (!title || !description) return null;
    // Logged-in layout: "Remote · 3 days ago · 57 applicants" and pills like "$40/hr - $60/hr", "Contract".
    const bits = [
      ...doc.querySelectorAll(
        '.job-details-jobs-unified-top-card__tertiary-description-container .tvm__text, .job-details-jobs-unified-top-card__primary-description-container .tvm__text',
      ),
    ]
      .map((el) => textOf(el))
      .filter((t) => t && t !== '·');
    // Pills carry the value twice: visibly (aria-hidden) and for screen readers ("Pay range: …").
    const pills = [
      ...doc.querySelectorAll(
        '.job-details-preferences-and-skills__pill, .job-details-jobs-unified-top-card__job-insight',
      ),
    ].map((el) => textOf(el.querySelector('span[aria-hidden="true"]') ?? el));
    const fields = {
      jobId,
      title,
      company:
        pick(doc, [
          '.job-details-jobs-unified-top-card__company-name',
          '.jobs-unified-top-card__company-name',
          '.topcard__org-name-link',
          '.topcard__flavor a',
        ]) || (tab?.title === title ? tab.company : ''),
      location: opt(bits[0] ?? pick(doc, ['.topcard__flavor--bullet'])),
      payText: opt(pills.find((p) => PAY.test(p)) ?? pick(doc, ['.compensation__salary'])),
      employmentType: opt(pills.find((p) => EMPLOYMENT.test(p)) ?? criterion(doc, /employment type/i)),
      postedAt: opt(bits.find((b) => /\bago\b|^Reposted/i.test(b)) ?? pick(doc, ['.posted-time-ago__text'])),
      description,
      canonicalUrl: jobId ? `https://www.linkedin.com/jobs/view/${jobId}/` : undefined,
    };
    // JSON-LD only describes the page's own job; in the split view it may belong to another one.
    return /\/jobs\/view\//.test(url.pathname) ? fillFrom(fields, readJobPosting(doc)) : fields;
  },
  testUrls: {
    listing: [
      'https://www.linkedin.com/jobs/view/4012345678/',
      'https://www.linkedin.com/jobs/view/ai-trainer-physics-at-outlier-4012345678?trk=public_jobs_topcard-title',
      'https://uk.linkedin.com/jobs/view/4012345679',
      'https://au.linkedin.com/jobs/view/data-annotation-specialist-at-example-4012345690?trk=public_jobs_topcard-title',
      'https://www.linkedin.com/jobs/search/?currentJobId=4012345678&keywords=ai%20trainer',
      'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4012345678',
    ],
    notListing: [
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/jobs/',
      'https://www.linkedin.com/jobs/search/?keywords=ai%20trainer',
      'https://www.linkedin.com/in/someone/',
      'https://www.linkedin.com/company/outlier-ai/jobs/',
    ],
  },
};
