import type { SiteAdapter } from '../types';
import { textOf } from '../dom-text';
import { opt, readPlatformPage } from '../read';
import { identityOf } from '../identity';

/*
 * OneForma (www.oneforma.com) — what the real pages look like.
 *
 * - URL: www.oneforma.com/jobs/<slug>/ (trailing slash), e.g. "/jobs/agate-photo-style-editor/";
 *   the index is /jobs/ with pages /jobs/page/<n>/; /job-opportunities/ and /onboarding/ are
 *   marketing pages; applying happens on my.oneforma.com (apply links carry ?jobId=<n> or
 *   /jobs/<n>). Seen in public collectors: a Brazilian OneForma scraper (BASE /jobs/, pages
 *   /jobs/page/<n>/, card links /jobs/<slug>/), danilorg11/wahojobs-ai-tracker
 *   (crawler/providers/oneforma.py: apply URLs), and resume tools' tests naming the listing URL.
 * - The site is WordPress: jobs are a custom post type served by the WP REST API (title.rendered,
 *   content.rendered, excerpt, link) with two taxonomies, job_type (the category: Annotation,
 *   Translation, Data Collection, Transcription, Judging, LLM Prompt Authoring) and job_tag (places
 *   such as "Worldwide", "US", "Selected Locations", and the pay basis: "Fixed Rate Per Hour",
 *   "Hourly", "Per Word", "Per Approved …"), and an ACF field apply_job: one row per language
 *   ({ language, apply_url }). Seen in danilorg11/wahojobs-ai-tracker (oneforma.py) and the
 *   Brazilian scraper (card text: category, title, place and pay basis each shown twice,
 *   "Learn more").
 * - Pay amounts are not a field: the pay basis is a tag, any amount is in the post's own text.
 * - The single job page's markup was not in any saved page: the Elementor classes
 *   (h1.elementor-heading-title, .elementor-widget-theme-post-content) and the tag links under
 *   /job_tag/ and /job_type/ (WordPress's default term archive paths) are the adapter's
 *   assumption, and so is the fixtures' markup around them. No JobPosting JSON-LD was seen.
 */
const SLUG = /^\/jobs\/([a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){0,20})\/?$/;
const PAY_BASIS = /^(?:fixed rate|hourly|per word|per approved|per task|per hour)/i;

function slugOf(url: URL): string | undefined {
  const slug = SLUG.exec(url.pathname)?.[1];
  return slug && slug !== 'page' ? slug : undefined;
}

/** The post's job_tag terms, as their links name them. */
function tagsOf(doc: Document): string[] {
  const names = [...doc.querySelectorAll('a[href*="/job_tag/"], a[href*="/job-tag/"]')].map((a) => textOf(a));
  return [...new Set(names.filter(Boolean))];
}

export const oneforma: SiteAdapter = {
  ...identityOf('oneforma'),
  matches: ['https://oneforma.com/*', 'https://*.oneforma.com/*'],
  listingUrl: [
    /^https:\/\/(?:www\.)?oneforma\.com\/jobs\/(?!page\/)[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){0,20}\/?(?:[?#]|$)/,
  ],
  jobIdOf: slugOf,
  extract(doc, url) {
    const slug = slugOf(url);
    if (!slug) return null;
    const fields = readPlatformPage(doc, {
      company: 'OneForma',
      jobId: slug,
      title: ['h1.elementor-heading-title', 'article h1'],
      description: ['.elementor-widget-theme-post-content', 'article .entry-content'],
      canonicalUrl: `https://www.oneforma.com/jobs/${slug}/`,
    });
    if (!fields) return null;
    const tags = tagsOf(doc);
    fields.location = opt(tags.filter((t) => !PAY_BASIS.test(t)).join(', '));
    fields.employmentType = opt(tags.filter((t) => PAY_BASIS.test(t)).join(', '));
    return fields;
  },
  testUrls: {
    listing: [
      'https://www.oneforma.com/jobs/agate-photo-style-editor/',
      'https://www.oneforma.com/jobs/spanish-spain-audio-recording/?utm_source=linkedin',
      'https://oneforma.com/jobs/search-relevance-judge-uk',
    ],
    notListing: [
      'https://www.oneforma.com/jobs/',
      'https://www.oneforma.com/jobs/page/2/',
      'https://www.oneforma.com/job-opportunities/',
      'https://www.oneforma.com/onboarding/',
      'https://my.oneforma.com/Account/register',
      'https://www.oneforma.com/',
    ],
  },
};
