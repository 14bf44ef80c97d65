import type { Listing } from '../model/listing';

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
  >
> & {
  /** The site's own id for the listing (job id, study id…); becomes part of listingKey. */
  jobId?: string;
};

export type SiteKind = 'platform' | 'board' | 'ats';

/**
 * One site's knowledge, declared as data plus a small extraction function.
 * Adapters run in the content script against the live document and in Node tests
 * against fixtures, so they must only read the DOM they are given.
 */
export interface SiteAdapter {
  id: string;
  name: string;
  kind: SiteKind;
  /** Hostnames the site really serves from (subdomains included). Cite the source in the file. */
  officialDomains: readonly string[];
  /** Manifest match patterns for the content script (hosts where listings can appear). */
  matches: readonly string[];
  /** A URL is a listing page when it matches one of these and none of `notListing`. */
  listingUrl: readonly RegExp[];
  notListing?: readonly RegExp[];
  /** The listing can change without a page load (LinkedIn, Indeed split view). */
  spa?: boolean;
  /** For platforms that post roles through an ATS: which adapter ids and board slugs. */
  postsVia?: readonly { adapterId: string; boardSlugs: readonly string[] }[];
  /** Read the listing; return null when the page holds no listing (yet). */
  extract(doc: Document, url: URL): ExtractedFields | null;
  /** Test URLs: each must be detected as a listing of this site and no other. */
  testUrls: { listing: readonly string[]; notListing?: readonly string[] };
}
