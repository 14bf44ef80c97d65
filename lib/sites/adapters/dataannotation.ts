import type { SiteAdapter } from '../types';
import { readPlatformPage } from '../read';
import { identityOf } from '../identity';

const SITE_PAGES =
  'faq|privacy|privacy-policy|terms|terms-of-service|blog|about|contact|login|signin|signup|workers|legal|support|sitemap|cookies';

export const dataannotation: SiteAdapter = {
  ...identityOf('dataannotation'),
  matches: ['https://dataannotation.tech/*', 'https://*.dataannotation.tech/*'],
  listingUrl: [
    new RegExp(
      String.raw`^https:\/\/(?:www\.)?dataannotation\.tech\/(?!(?:${SITE_PAGES})(?:[/?#]|$))[a-z]{2,40}(?:-[a-z0-9]{1,40}){0,6}\/?(?:[?#]|$)`,
    ),
  ],
  extract(doc, url) {
    return readPlatformPage(doc, {
      company: 'DataAnnotation',
      jobId: url.pathname.replace(/^\/|\/$/g, ''),
      title: ['.hero h1', '.role-hero h1'],
      description: ['.role-details', '.job-details', 'main'],
      pay: ['.pay-rate', '[data-testid="pay-rate"]'],
      location: ['.role-location'],
      canonicalUrl: `https://www.dataannotation.tech${url.pathname.replace(/\/$/, '')}`,
    });
  },
  testUrls: {
    listing: [
      'https://www.dataannotation.tech/japanese-jp',
      'https://www.dataannotation.tech/coding?utm_source=indeed',
    ],
    notListing: [
      'https://www.dataannotation.tech/',
      'https://www.dataannotation.tech/faq',
      'https://app.dataannotation.tech/workers/projects',
      'https://www.dataannotation.tech/privacy-policy',
    ],
  },
};
