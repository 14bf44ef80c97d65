import type { SiteAdapter } from '../types';
import { readPlatformPage } from '../read';
import { identityOf } from '../identity';

// Real pages: www.dataannotation.tech is a Webflow site. Its role pages are Webflow collection items
// at /job-board/<role> (the item slug is the page's data-wf-item-slug, the title an h1 inside
// div.rd-title, and "Apply" goes to app.dataannotation.tech/worker_signup?utm_role=<role>); older
// domain pages (/math, /law, /medicine, /physics, /finance…) still answer, while /coding and
// /generalist now redirect to /job-board/software-engineer and /job-board/generalist. Seen in
// danilorg11/wahojobs-ai-tracker wahojobs/crawler/providers/dataannotation.py (DOMAIN_PAGES,
// CANONICAL_REDIRECTS, coding_role_evidence). The domain pages' markup was not seen: their
// fixture's structure is this adapter's assumption. No JSON-LD was seen on either.
const SITE_PAGES =
  'faq|privacy|privacy-policy|terms|terms-of-service|blog|about|contact|login|signin|signup|workers|legal|support|sitemap|cookies|job-board';

export const dataannotation: SiteAdapter = {
  ...identityOf('dataannotation'),
  matches: ['https://dataannotation.tech/*', 'https://*.dataannotation.tech/*'],
  listingUrl: [
    /^https:\/\/(?:www\.)?dataannotation\.tech\/job-board\/[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){0,8}\/?(?:[?#]|$)/,
    new RegExp(
      String.raw`^https:\/\/(?:www\.)?dataannotation\.tech\/(?!(?:${SITE_PAGES})(?:[/?#]|$))[a-z]{2,40}(?:-[a-z0-9]{1,40}){0,6}\/?(?:[?#]|$)`,
    ),
  ],
  extract(doc, url) {
    const path = url.pathname.replace(/^\/|\/$/g, '');
    const itemSlug = doc.documentElement.getAttribute('data-wf-item-slug');
    return readPlatformPage(doc, {
      company: 'DataAnnotation',
      jobId: itemSlug ? `job-board/${itemSlug}` : path,
      title: ['.rd-title h1', '.hero h1'],
      description: ['.rd-content', '.role-details', 'main'],
      location: ['.rd-location'],
      canonicalUrl: `https://www.dataannotation.tech/${path}`,
    });
  },
  testUrls: {
    listing: [
      'https://www.dataannotation.tech/job-board/software-engineer',
      'https://www.dataannotation.tech/job-board/generalist?utm_source=indeed',
      'https://www.dataannotation.tech/math',
    ],
    notListing: [
      'https://www.dataannotation.tech/',
      'https://www.dataannotation.tech/job-board',
      'https://www.dataannotation.tech/faq',
      'https://app.dataannotation.tech/workers/projects',
      'https://app.dataannotation.tech/worker_signup?utm_role=software-engineer',
      'https://www.dataannotation.tech/privacy-policy',
    ],
  },
};
