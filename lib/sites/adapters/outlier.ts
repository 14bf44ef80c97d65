import type { SiteAdapter } from '../types';
import { readPlatformPage } from '../read';
import { identityOf } from '../identity';

// Real pages: an opportunity is app.outlier.ai/en/expert/opportunities/<id> or its public twin
// app.outlier.ai/opportunities/<id>; <id> is the role's numeric Greenhouse-style id (4729394005).
// The page is rendered in the browser from app.outlier.ai/internal/experts/job-board/jobs/<id>
// (JSON: title, location.name "Remote - …", allowedCountries, content as HTML with "Required
// expertise" and "Payment" sections, signupFlowId); it shows allowedCountries before location.name.
// Seen in danilorg11/wahojobs-ai-tracker wahojobs/crawler/providers/outlier.py and its public-board
// evidence module, and in a public scraper's parse_detail (unnamed in the index). No saved rendered
// page was found: the markup (heading, body, and the data-testid hooks below) is this adapter's
// assumption; the body's sections follow the JSON's content. No JSON-LD was seen.
export const outlier: SiteAdapter = {
  ...identityOf('outlier'),
  matches: ['https://outlier.ai/*', 'https://*.outlier.ai/*'],
  listingUrl: [
    /^https:\/\/app\.outlier\.ai\/(?:[a-z]{2}\/expert\/)?opportunities\/[\w-]{1,120}\/?(?:[?#]|$)/,
  ],
  extract(doc, url) {
    const id = /\/opportunities\/([\w-]+)/.exec(url.pathname)?.[1];
    return readPlatformPage(doc, {
      company: 'Outlier',
      jobId: id,
      title: ['[data-testid="opportunity-title"]'],
      description: ['[data-testid="opportunity-description"]'],
      pay: ['[data-testid="opportunity-pay"]'],
      location: ['[data-testid="opportunity-location"]'],
      employmentType: ['[data-testid="opportunity-type"]'],
      canonicalUrl: id ? `https://app.outlier.ai/en/expert/opportunities/${id}` : undefined,
    });
  },
  testUrls: {
    listing: [
      'https://app.outlier.ai/en/expert/opportunities/4729394005',
      'https://app.outlier.ai/opportunities/4723202005?utm_source=linkedin',
      'https://app.outlier.ai/en/expert/opportunities/physics-phd-ai-trainer',
    ],
    notListing: [
      'https://app.outlier.ai/en/expert',
      'https://app.outlier.ai/opportunities',
      'https://outlier.ai/',
      'https://app.outlier.ai/internal/experts/job-board/jobs/4729394005',
    ],
  },
};
