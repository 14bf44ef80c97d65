import { useMemo } from 'react';
import { analyzeListing } from '@/lib/analysis/analyze';
import type { Analysis, AnalysisInput } from '@/lib/analysis/types';
import type { Listing } from '@/lib/model/listing';

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

/**
 * The analysis of the listing on screen. Each push from the background carries a fresh listing
 * object, so this keys on the listing's content, not its identity: saving or a stage change
 * elsewhere does not rerun the analysis.
 */
export function useListingAnalysis(listing: Listing | null): Analysis | null {
  const url = listing?.url;
  const title = listing?.title ?? '';
  const description = listing?.description ?? '';
  const payText = listing?.payText;
  const siteId = listing?.siteId ?? '';
  return useMemo(
    () =>
      url === undefined
        ? null
        : analyzeListing(analysisInputOf({ url, title, description, payText, siteId })),
    [url, title, description, payText, siteId],
  );
}
