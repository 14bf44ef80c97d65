import { linkedin } from './adapters/linkedin';
import { outlier } from './adapters/outlier';
import type { SiteAdapter } from './types';

/** Every supported site. Adding a site = one file in adapters/ plus one line here. */
export const ADAPTERS: readonly SiteAdapter[] = [outlier, linkedin];

const byId = new Map(ADAPTERS.map((a) => [a.id, a]));

export function adapterById(id: string): SiteAdapter | undefined {
  return byId.get(id);
}

/** The adapter whose listing pattern matches this URL, if the URL is a listing page at all. */
export function findListingAdapter(url: string): SiteAdapter | undefined {
  return ADAPTERS.find(
    (a) => a.listingUrl.some((re) => re.test(url)) && !a.notListing?.some((re) => re.test(url)),
  );
}

/** The adapter for the site a URL belongs to (listing page or not). */
export function findSiteAdapter(url: URL): SiteAdapter | undefined {
  const host = url.hostname;
  return ADAPTERS.find((a) => a.officialDomains.some((d) => host === d || host.endsWith(`.${d}`)));
}

/** Match patterns for the content script: the union of every adapter's hosts. */
export const CONTENT_SCRIPT_MATCHES: string[] = [...new Set(ADAPTERS.flatMap((a) => a.matches))];

/** Sites whose listing changes without a page load; the content script watches these closely. */
export const SPA_HOSTS: string[] = ADAPTERS.filter((a) => a.spa).flatMap((a) => a.officialDomains);
