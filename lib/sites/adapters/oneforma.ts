import type { SiteAdapter } from '../types';
import { readPlatformPage } from '../read';

// Official domain: oneforma.com (www.oneforma.com/jobs/<slug>/ listings, my.oneforma.com for the
// worker account), Centific's crowd platform, per the site and its public WordPress job API that
// links listings as www.oneforma.com/job/<id> and apply URLs as my.oneforma.com/jobs/<n>.
// centific.com is the parent company's domain (the site footer reads "OneForma by Centific").
export const oneforma: SiteAdapter = {
  id: 'oneforma',
  name: 'OneForma',
  kind: 'platform',
  officialDomains: ['oneforma.com', 'centific.com'],
  matches: ['https://oneforma.com/*', 'https://*.oneforma.com/*'],
  listingUrl: [/^https:\/\/(?:www\.)?oneforma\.com\/(?:jobs|job|projects)\/[\w-]{1,150}\/?(?:[?#]|$)/],
  aliases: ['OneForma'],
  hostTokens: ['oneforma'],
  extract(doc, url) {
    return readPlatformPage(doc, {
      company: 'OneForma',
      jobId: /\/([\w-]+)\/?$/.exec(url.pathname)?.[1],
      title: ['.job-header h1', 'h1.elementor-heading-title'],
      description: ['.job-description', '.elementor-widget-theme-post-content'],
      pay: ['.job-rate', '.job-meta .rate'],
      location: ['.job-meta .location'],
      employmentType: ['.job-meta .type'],
    });
  },
  testUrls: {
    listing: [
      'https://www.oneforma.com/jobs/agate-photo-style-editor/',
      'https://www.oneforma.com/projects/example-project/',
    ],
    notListing: [
      'https://www.oneforma.com/jobs/',
      'https://my.oneforma.com/Account/register',
      'https://www.oneforma.com/',
    ],
  },
};
