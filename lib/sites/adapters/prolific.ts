import type { SiteAdapter } from '../types';
import { opt, pick } from '../read';
import { identityOf } from '../identity';

export const prolific: SiteAdapter = {
  ...identityOf('prolific'),
  matches: ['https://app.prolific.com/*', 'https://app.prolific.co/*'],
  listingUrl: [/^https:\/\/app\.prolific\.(?:com|co)\/studies\/[0-9a-f]{24}\/?(?:[?#]|$)/],
  extract(doc, url) {
    const id = /\/studies\/([0-9a-f]{24})/.exec(url.pathname)?.[1];
    const title = pick(doc, ['[data-testid="study-title"]', '.study-header h1', 'main h1', 'h1']);
    const description = pick(doc, ['[data-testid="study-description"]', '.study-description']);
    if (!title || !description) return null;
    // A study pays a fixed reward; Prolific shows it next to the implied hourly rate.
    const reward = pick(doc, ['[data-testid="study-reward"]']);
    const hourly = pick(doc, ['[data-testid="study-reward-per-hour"]']);
    const minutes = pick(doc, ['[data-testid="study-average-completion-time"]']);
    const pay = [reward && `${reward} reward`, hourly, minutes && `about ${minutes}`]
      .filter(Boolean)
      .join(' · ');
    return {
      jobId: id,
      title,
      company: pick(doc, ['[data-testid="study-researcher"]']).replace(/^(?:Published )?by\s+/i, ''),
      payText: opt(pay),
      description,
      canonicalUrl: id ? `https://app.prolific.com/studies/${id}` : undefined,
    };
  },
  testUrls: {
    listing: [
      'https://app.prolific.com/studies/654fde536d706cb9de5b40be',
      'https://app.prolific.co/studies/5f1e2d3c4b5a69788796a5b4?source=pa',
    ],
    notListing: [
      'https://app.prolific.com/studies',
      'https://app.prolific.com/submissions',
      'https://www.prolific.com/',
    ],
  },
};
