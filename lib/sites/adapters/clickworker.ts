import type { SiteAdapter } from '../types';
import { readPlatformPage } from '../read';
import { identityOf } from '../identity';

/*
 * Clickworker (workplace.clickworker.com) — what is known of the real pages.
 *
 * - URLs: the worker's job list is workplace.clickworker.com/en/workplace/jobs (older links
 *   /en/jobs); each row has the job's title, its payment (often "variable" for survey walls) and a
 *   "Details" / "Hide" toggle, and links to /en/workplace/jobs/<id> (seven-digit ids such as
 *   1189213). A job is worked at /en/workplace/jobs/<id>/edit, which frames partner task and
 *   survey walls (UHRS, BitLabs, CPX, PollTastic…) and names the job in its title. Other
 *   workplace pages: /en/workplace/payment_details, /tax_details/new, /contact_details/edit,
 *   /en/login, /en/sessions/new. Seen in public browser-automation scripts driving a logged-in
 *   workplace over CDP (job map from a[href*="/jobs/"], navigation to /jobs/<id>/edit) and a
 *   survey-bot's Clickworker handler.
 * - The workplace is a server-rendered Rails app (form fields named like
 *   user_date_of_birth_2i). No JSON-LD or embedded job data was seen.
 * - No saved job page was found in public code: the job page's markup the adapter reads
 *   (.job-header h1, .job-payment, .job-countries, .job-description) is the adapter's assumption,
 *   and so is the fixtures' markup. The one public handler that names Clickworker selectors lists
 *   guesses (".job-list, #jobList, .task-container"), not an observed page. www.clickworker.com is
 *   the company's marketing site; no job pages under it were found, so none is treated as one.
 * - /jobs/<id>/edit gets no panel: it is where the job is done, not where it is described.
 */
export const clickworker: SiteAdapter = {
  ...identityOf('clickworker'),
  matches: ['https://clickworker.com/*', 'https://*.clickworker.com/*'],
  listingUrl: [
    /^https:\/\/workplace\.clickworker\.com\/(?:[a-z]{2}\/)?workplace\/jobs\/\d{1,12}\/?(?:[?#]|$)/,
  ],
  jobIdOf: (url) => /^\/(?:[a-z]{2}\/)?workplace\/jobs\/(\d{1,12})\/?$/.exec(url.pathname)?.[1],
  extract(doc, url) {
    return readPlatformPage(doc, {
      company: 'Clickworker',
      jobId: /\/jobs\/(\d{1,12})\/?$/.exec(url.pathname)?.[1],
      title: ['.job-header h1', 'h1.job-title'],
      description: ['.job-description', '.job-instructions'],
      pay: ['.job-payment'],
      location: ['.job-countries'],
    });
  },
  testUrls: {
    listing: [
      'https://workplace.clickworker.com/en/workplace/jobs/1189213',
      'https://workplace.clickworker.com/en/workplace/jobs/1225955/',
      'https://workplace.clickworker.com/de/workplace/jobs/1137673?page=2',
    ],
    notListing: [
      'https://workplace.clickworker.com/en/workplace/jobs',
      'https://workplace.clickworker.com/en/jobs',
      'https://workplace.clickworker.com/en/workplace/jobs/1189213/edit',
      'https://workplace.clickworker.com/en/workplace/payment_details',
      'https://www.clickworker.com/jobs',
      'https://www.clickworker.com/jobs/uhrs-search-rater/',
      'https://www.clickworker.com/',
    ],
  },
};
