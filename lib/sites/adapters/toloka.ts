import type { SiteAdapter } from '../types';
import { readPlatformPage } from '../read';
import { identityOf } from '../identity';

/*
 * Toloka and Mindrift (toloka.ai, mindrift.ai) — what is known of the real pages.
 *
 * - Where the roles really are: Toloka's and Mindrift's open roles are posted on Workable, e.g.
 *   apply.workable.com/toloka-ai/j/<shortcode> ("Mindrift is looking for … freelance
 *   contributors …"), as a public search-results dump shows; those pages are read by the Workable
 *   adapter (identity: postsVia Workable "toloka-ai", "toloka-annotators").
 * - On the platforms' own sites, public code names only: mindrift.ai/apply (the sign-up page; some
 *   tools also mention mindrift.toloka.ai for registration), mindrift.ai/ (landing page),
 *   mindrift.ai/blog, mindrift.ai/legal/eligibility-and-geographic-restrictions, toloka.ai/careers/
 *   (an index), toloka.ai/tolokers/ and toloka.ai/legal/…. Seen in public job trackers' source
 *   lists and a platform-eligibility write-up. None of them is a single listing.
 * - No saved listing page on toloka.ai or mindrift.ai was found in public code: the URL forms
 *   below (toloka.ai/careers/<slug>, mindrift.ai/jobs|vacancies/<slug>) and the markup the adapter
 *   reads (.vacancy__title, .vacancy__description, .vacancy__salary, .vacancy__location,
 *   .vacancy__type) are the adapter's assumption, and so is the fixtures' markup. No JSON-LD or
 *   embedded data was seen.
 */
export const toloka: SiteAdapter = {
  ...identityOf('toloka'),
  matches: [
    'https://toloka.ai/*',
    'https://*.toloka.ai/*',
    'https://mindrift.ai/*',
    'https://*.mindrift.ai/*',
  ],
  listingUrl: [
    /^https:\/\/(?:www\.)?toloka\.ai\/(?:[a-z]{2}\/)?careers\/[\w-]{1,150}\/?(?:[?#]|$)/,
    /^https:\/\/(?:www\.)?mindrift\.ai\/(?:jobs|vacancies)\/[\w-]{1,150}\/?(?:[?#]|$)/,
  ],
  extract(doc, url) {
    return readPlatformPage(doc, {
      company: url.hostname.endsWith('mindrift.ai') ? 'Mindrift' : 'Toloka',
      jobId: /\/([\w-]+)\/?$/.exec(url.pathname)?.[1],
      title: ['.vacancy__title', '.vacancy h1'],
      description: ['.vacancy__description'],
      pay: ['.vacancy__salary'],
      location: ['.vacancy__location'],
      employmentType: ['.vacancy__type'],
    });
  },
  testUrls: {
    listing: [
      'https://toloka.ai/careers/ai-tutor-chemistry',
      'https://mindrift.ai/jobs/freelance-ai-tutor-writer?utm=x',
    ],
    notListing: [
      'https://toloka.ai/tolokers/',
      'https://toloka.ai/careers/',
      'https://toloka.ai/legal/eligibility-and-geographic-restrictions',
      'https://mindrift.ai/',
      'https://mindrift.ai/apply',
      'https://mindrift.ai/blog',
      'https://mindrift.ai/legal/eligibility-and-geographic-restrictions',
    ],
  },
};
