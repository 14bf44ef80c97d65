import type { SiteAdapter } from '../types';
import { readPlatformPage } from '../read';
import { identityOf } from '../identity';

export const opentrain: SiteAdapter = {
  ...identityOf('opentrain'),
  matches: ['https://opentrain.ai/*', 'https://*.opentrain.ai/*'],
  listingUrl: [/^https:\/\/(?:www\.)?opentrain\.ai\/jobs\/[\w-]{3,250}\/?(?:[?#]|$)/],
  extract(doc, url) {
    const slug = /\/jobs\/([\w-]+)/.exec(url.pathname)?.[1];
    const fields = readPlatformPage(doc, {
      company: 'OpenTrain AI',
      jobId: /--(\w+)$/.exec(slug ?? '')?.[1] ?? slug,
      title: ['.job-hero h1'],
      description: ['.job-body'],
      pay: ['.job-facts .compensation'],
      location: ['.job-facts .eligibility'],
      employmentType: ['.job-facts .engagement'],
      postedAt: ['.job-facts .posted'],
      canonicalUrl: slug ? `https://www.opentrain.ai/jobs/${slug}/` : undefined,
    });
    // OpenTrain also carries other companies' projects; the hero names the poster.
    const poster = doc.querySelector('.job-hero .posted-by')?.textContent?.trim();
    if (fields && poster) fields.company = poster;
    return fields;
  },
  testUrls: {
    listing: [
      'https://www.opentrain.ai/jobs/llm-data-labelling-and-annotation--1730405346098x232736214582296580/',
      'https://opentrain.ai/jobs/llm-data-labelling-and-annotation--1730405346098x232736214582296580?apply=1',
    ],
    notListing: [
      'https://www.opentrain.ai/jobs/',
      'https://www.opentrain.ai/blog/what-ai-training-work-actually-looks-like-for-freelancers/',
      'https://app.opentrain.ai/profile/josh-s-3',
    ],
  },
};
