import type { Listing } from '../model/listing';
import { hostId } from '../sites/listing-fields';
import { findListingAdapter } from '../sites/registry';

/**
 * Why a listing sent from a tab cannot be the one that tab shows, or null when it can. The
 * background asks this before it keeps a listing from a content script: script running in a page's
 * content-script world could otherwise send a listing keyed for another site (a LinkedIn job from
 * an Upwork tab) and overwrite what the log holds for it.
 *
 * The rules follow how the listing readers (lib/sites/extract.ts, the selection reader) build a
 * listing from a page's URL: the site id comes from the adapter that claims the URL, or from the
 * host; a listing key is that site id and the site's job id when the URL names one, or else the
 * site id and the listing's canonical address. A reading of selected text is keyed by host.
 */
export function listingOriginProblem(
  listing: Pick<Listing, 'siteId' | 'listingKey' | 'url' | 'source'>,
  pageUrl: string | undefined,
): string | null {
  let page: URL;
  let shown: URL;
  try {
    page = new URL(pageUrl ?? '');
    shown = new URL(listing.url);
  } catch {
    return 'The listing’s page address cannot be read.';
  }
  if (!/^https?:$/.test(page.protocol)) return 'Listings are read only from web pages.';
  if (shown.origin !== page.origin) return 'The listing names another site than the page that sent it.';
  const adapter = listing.source === 'selection' ? undefined : findListingAdapter(page.href);
  const siteId = adapter?.id ?? hostId(page);
  if (listing.siteId !== siteId)
    return `The listing names the site "${clip(listing.siteId)}", not this page’s.`;
  const prefix = listing.source === 'selection' ? `${siteId}:selection-` : `${siteId}:`;
  if (!listing.listingKey.startsWith(prefix) || listing.listingKey.length === prefix.length) {
    return 'The listing’s key belongs to another site.';
  }
  const jobId = listing.source === 'selection' ? undefined : jobIdOf(adapter, page);
  if (jobId !== undefined && listing.listingKey !== `${siteId}:${jobId}`) {
    return 'The listing’s key names another job than the page shows.';
  }
  return null;
}

/**
 * The same, for a sender the browser describes by more than one address: the tab's address and
 * the frame's. Chromium reports a content script's frame at the address its document loaded with,
 * while the tab's address follows a single-page site's history changes, so a listing the page
 * shows now may match only one of them. Both come from the browser, not from the page's script.
 */
export function listingOriginProblemFor(
  listing: Pick<Listing, 'siteId' | 'listingKey' | 'url' | 'source'>,
  addresses: readonly (string | undefined)[],
): string | null {
  const known = addresses.filter((a): a is string => Boolean(a));
  if (!known.length) return listingOriginProblem(listing, undefined);
  const problems = known.map((address) => listingOriginProblem(listing, address));
  return problems.includes(null) ? null : problems[0];
}

function jobIdOf(adapter: ReturnType<typeof findListingAdapter>, url: URL): string | undefined {
  try {
    return adapter?.jobIdOf?.(url);
  } catch {
    return undefined;
  }
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
