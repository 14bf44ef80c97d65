import type { Listing } from '../model/listing';
import { analyzeListing } from './analyze';
import { officialPlatformOf } from './known-platforms';
import type { AnalysisInput } from './types';
import type { ListingReading } from './reading';

/**
 * What the analyser reads: the description, with the pay line an adapter read from elsewhere on
 * the page put in front when the description does not already contain it.
 */
export function analysisInputOf(
  listing: Pick<Listing, 'url' | 'title' | 'description' | 'payText' | 'siteId'>,
): AnalysisInput {
  const pay = listing.payText?.trim();
  const text =
    pay && !listing.description.includes(pay) ? `${pay}\n\n${listing.description}` : listing.description;
  return { url: listing.url, title: listing.title, text, platformId: listing.siteId };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/**
 * Everything the panel shows about a listing that is computed rather than read: the analysis, the
 * platform the user's per-task estimates belong to (the AI-training platform whose site this is,
 * otherwise the hiring company, otherwise the site), and whether the site is an AI-training
 * platform's own. Worked out once per listing in the background and pushed to the panel.
 */
export function readListing(listing: Listing): ListingReading {
  const host = hostOf(listing.url);
  const known = host ? officialPlatformOf(host) : undefined;
  const company = listing.company.trim();
  const platform = known
    ? { key: known.id, name: known.names[0] }
    : company
      ? { key: `company:${company.toLowerCase()}`, name: company }
      : { key: `site:${listing.siteId}`, name: host.replace(/^www\./, '') || listing.siteId };
  return { analysis: analyzeListing(analysisInputOf(listing)), platform, onAiPlatform: Boolean(known) };
}
