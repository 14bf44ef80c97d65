import type { Listing } from '../model/listing';
import { analyzeListing } from './analyze';
import { platformForListing } from '../sites/platform-identity';
import { hostOf, officialPlatformOf } from './known-platforms';
import type { AnalysisInput } from './types';
import type { ListingReading } from './reading';

/**
 * What the analyser reads: the description, with the pay line an adapter read from elsewhere on
 * the page put in front when the description does not already contain it, and the site's facts
 * about the poster (Upwork's client block) after it, so its words can be quoted as evidence.
 */
export function analysisInputOf(
  listing: Pick<Listing, 'url' | 'title' | 'description' | 'payText' | 'siteId' | 'clientText'>,
): AnalysisInput {
  const pay = listing.payText?.trim();
  const client = listing.clientText?.trim();
  const parts = [
    pay && !listing.description.includes(pay) ? pay : '',
    listing.description,
    client && !listing.description.includes(client) ? `About the client: ${client}` : '',
  ];
  return {
    url: listing.url,
    title: listing.title,
    text: parts.filter(Boolean).join('\n\n'),
    platformId: listing.siteId,
  };
}

/**
 * Everything the panel shows about a listing that is computed rather than read: the analysis, the
 * platform the user's log and per-task estimates file it under, and whether the site is an
 * AI-training platform's own. Worked out once per listing in the background and pushed to the panel.
 */
export function readListing(listing: Listing): ListingReading {
  const { id, name } = platformForListing(listing);
  return {
    analysis: analyzeListing(analysisInputOf(listing)),
    platform: { key: id, name },
    onAiPlatform: Boolean(officialPlatformOf(hostOf(listing.url) ?? '')),
  };
}
