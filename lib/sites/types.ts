import type { Listing } from '../model/listing';
import type { SiteIdentity } from './identity';

export type { SiteKind } from './identity';

/** What an adapter's extract() reads; the registry fills url, siteId and source. */
export type ExtractedFields = Partial<
  Pick<
    Listing,
    | 'title'
    | 'company'
    | 'location'
    | 'payText'
    | 'description'
    | 'employmentType'
    | 'postedAt'
    | 'canonicalUrl'
    | 'clientText'
    | 'steps'
  >
> & {
  /** The site's own id for the listing (job id, study id…); becomes part of listingKey. */
  jobId?: string;
};

/**
 * One site's knowledge: its identity (identity/, shared with the analysis), how its pages are
 * recognised, and a small extraction function. Adapters run in the content script against the
 * live document and in Node tests against fixtures, so they must only read the DOM they are given.
 */
export interface SiteAdapter extends SiteIdentity {
  /** Manifest match patterns for the content script (hosts where listings can appear). */
  matches: readonly string[];
  /** A URL is a listing page when it matches one of these and none of `notListing`. */
  listingUrl: readonly RegExp[];
  notListing?: readonly RegExp[];
  /** The listing can change without a page load (LinkedIn, Indeed split view). */
  spa?: boolean;
  /**
   * Listing URLs where the listing sits beside a result list (split views, sliders). There the
   * generic main-content reader would mix jobs, so extraction relies on the adapter and JSON-LD only.
   */
  splitView?: readonly RegExp[];
  /** The site's id for the listing named by a URL; keeps listingKey stable when fallbacks read the page. */
  jobIdOf?(url: URL): string | undefined;
  /**
   * SPA sites: true while the page still shows another listing than the URL names (the URL changes
   * before the content). The listing is then unread rather than read from the previous one.
   */
  staleView?(doc: Document, url: URL): boolean;
  /** Read the listing; return null when the page holds no listing (yet). */
  extract(doc: Document, url: URL): ExtractedFields | null;
  /** Test URLs: each must be detected as a listing of this site and no other. */
  testUrls: { listing: readonly string[]; notListing?: readonly string[] };
}
