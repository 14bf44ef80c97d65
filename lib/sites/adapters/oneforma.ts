import type { SiteAdapter } from '../types';
import { readPlatformPage } from '../read';
import { identityOf } from '../identity';

export const oneforma: SiteAdapter = {
  ...identityOf('oneforma'),
  matches: ['https://oneforma.com/*', 'https://*.oneforma.com/*'],
  listingUrl: [/^https:\/\/(?:www\.)?oneforma\.com\/(?:jobs|job|projects)\/[\w-]{1,150}\/?(?:[?#]|$)/],
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
