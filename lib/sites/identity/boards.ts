import { ashbyBoardSlug, greenhouseBoardSlug, leverBoardSlug, workableBoardSlug } from './board-slugs';
import type { SiteIdentity } from './types';

/** Job boards and applicant-tracking systems, each with where its hosts were verified. */
export const BOARD_IDENTITIES = [
  // Official domain: linkedin.com (www. and country subdomains such as uk.linkedin.com for guest pages),
  // per LinkedIn Help ("Share a job post": linkedin.com/jobs/view/<id>); lnkd.in is its link shortener.
  {
    id: 'linkedin',
    name: 'LinkedIn',
    kind: 'board',
    officialDomains: ['linkedin.com', 'lnkd.in'],
  },
  // Official domains: indeed.com and its country sites (uk.indeed.com, ca.indeed.com, in.indeed.com…),
  // plus the older country domains that redirect there (indeed.co.uk, indeed.ca…), per Indeed's
  // "Worldwide" country selector at the foot of indeed.com; and its employers' career pages and its
  // mail (indeedjobs.com/<company>, indeedemail.com), as linked from companies' own sites.
  {
    id: 'indeed',
    name: 'Indeed',
    kind: 'board',
    officialDomains: [
      'indeed.com',
      'indeed.co.uk',
      'indeed.ca',
      'indeed.de',
      'indeed.fr',
      'indeed.co.in',
      'indeed.com.au',
      'indeedjobs.com',
      'indeedemail.com',
    ],
  },
  // Official domain: upwork.com (www.upwork.com), per Upwork's help centre links.
  {
    id: 'upwork',
    name: 'Upwork',
    kind: 'board',
    officialDomains: ['upwork.com'],
  },
  // Greenhouse job boards: boards.greenhouse.io (classic), job-boards.greenhouse.io (2024 redesign) and
  // their .eu twins; companies embed the same posting as boards.greenhouse.io/embed/job_app?for=&token=
  // and link it as ?gh_jid=. Hosts and paths as documented in Greenhouse's Job Board API docs
  // (developers.greenhouse.io/job-board.html) and used by public scrapers (e.g. boards-api.greenhouse.io).
  {
    id: 'greenhouse',
    name: 'Greenhouse',
    kind: 'ats',
    officialDomains: ['greenhouse.io'],
    boardSlug: greenhouseBoardSlug,
  },
  // Lever hosted job sites: jobs.lever.co/<company>/<posting uuid> and the EU instance jobs.eu.lever.co,
  // per Lever's Postings API docs (github.com/lever/postings-api: "hosted job site" URLs).
  {
    id: 'lever',
    name: 'Lever',
    kind: 'ats',
    officialDomains: ['lever.co'],
    boardSlug: leverBoardSlug,
  },
  // Ashby hosted job boards: jobs.ashbyhq.com/<org>/<posting uuid>, per Ashby's public Job Postings API
  // docs (developers.ashbyhq.com, "posting-api/job-board/<org>") and their jobUrl values.
  {
    id: 'ashby',
    name: 'Ashby',
    kind: 'ats',
    officialDomains: ['ashbyhq.com'],
    boardSlug: ashbyBoardSlug,
  },
  // Workable careers pages: apply.workable.com/<account>/j/<shortcode>/ and the older
  // <account>.workable.com/j/<shortcode>, per Workable's help centre ("Your careers page") and the
  // public widget API (apply.workable.com/api/v1/widget/accounts/<account>).
  {
    id: 'workable',
    name: 'Workable',
    kind: 'ats',
    officialDomains: ['workable.com'],
    boardSlug: workableBoardSlug,
  },
] as const satisfies readonly SiteIdentity[];
