import type { Listing, ListingSource } from '../model/listing';
import { readMainContent } from './generic';
import { findPayText } from './read';
import { findJobPostings, readJobPosting } from './json-ld';
import { hostId, toListing } from './listing-fields';
import { findListingAdapter } from './registry';
import type { ExtractedFields, SiteAdapter } from './types';

function complete(
  fields: ExtractedFields | null,
): fields is ExtractedFields & { title: string; description: string } {
  return Boolean(fields?.title && fields.description);
}

/** Stable dedupe key: the site and its own job id, or the canonical URL without query noise. */
export function listingKeyFor(siteId: string, fields: ExtractedFields, canonicalUrl: string): string {
  if (fields.jobId) return `${siteId}:${fields.jobId}`;
  const u = new URL(canonicalUrl);
  return `${siteId}:${u.hostname}${u.pathname.replace(/\/$/, '')}`;
}

/**
 * On a single-page site the JSON-LD, canonical link and main content may still describe the page
 * first loaded, not the listing now in the URL. Fallback readers are trusted there only when the
 * page names the URL's job id, or the page was loaded at a URL for that same job.
 */
function pageIsAboutJob(doc: Document, adapter: SiteAdapter, jobId: string | undefined): boolean {
  if (!jobId) return false;
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    '';
  if (canonical.includes(jobId)) return true;
  if (findJobPostings(doc).some((p) => JSON.stringify(p).includes(jobId))) return true;
  const loaded = (
    doc.defaultView?.performance?.getEntriesByType?.('navigation')[0] as PerformanceEntry | undefined
  )?.name;
  try {
    return Boolean(loaded && adapter.jobIdOf?.(new URL(loaded)) === jobId);
  } catch {
    return false;
  }
}

/**
 * Reads the listing on a page: the site's adapter first, then schema.org JobPosting, then the main
 * content. `force` reads a page no adapter claims (the user asked from the toolbar or menu).
 * Returns null while a single-page site still shows the previous listing.
 */
export function extractListing(doc: Document, href: string, force = false): Listing | null {
  const url = new URL(href);
  const adapter: SiteAdapter | undefined = findListingAdapter(href);
  if (!adapter && !force) return null;
  if (adapter?.staleView?.(doc, url)) return null;

  const urlJobId = adapter?.jobIdOf?.(url);
  const split = Boolean(adapter?.splitView?.some((re) => re.test(href)));
  // Decided only if the adapter's own reading fails: it costs a JSON-LD parse on single-page sites.
  let fallbackChecked: boolean | undefined;
  const fallbackOk = () => (fallbackChecked ??= !adapter?.spa || pageIsAboutJob(doc, adapter, urlJobId));
  const attempts: [ListingSource, () => ExtractedFields | null][] = [
    ['adapter', () => (adapter ? adapter.extract(doc, url) : null)],
    // A split view's main content mixes the result list with the pane: never a listing on its own.
    ['json-ld', () => (fallbackOk() ? readJobPosting(doc) : null)],
    ['generic', () => (!split && fallbackOk() ? readMainContent(doc) : null)],
  ];
  for (const [source, read] of attempts) {
    let fields: ExtractedFields | null;
    try {
      fields = read();
    } catch {
      fields = null; // a page we did not expect: fall through to the next reader
    }
    if (!complete(fields)) continue;
    if (source !== 'adapter' && urlJobId) fields.jobId = urlJobId;
    const siteId = adapter?.id ?? hostId(url);
    // On a platform's own site the platform is the company, whatever the fallback reader found.
    // A board's own name (og:site_name "Upwork") is not the hiring company.
    const company =
      fields.company && !(adapter && adapter.kind !== 'platform' && fields.company === adapter.name)
        ? fields.company
        : adapter?.kind === 'platform'
          ? adapter.name
          : '';
    const canonicalUrl = fields.canonicalUrl ?? `${url.origin}${url.pathname}`;
    const listing = toListing({
      siteId,
      url: href,
      canonicalUrl,
      listingKey: listingKeyFor(siteId, fields, canonicalUrl),
      title: fields.title,
      company,
      location: fields.location,
      // Many listings state the rate only in the body.
      payText: fields.payText ?? findPayText(fields.description),
      description: fields.description,
      employmentType: fields.employmentType,
      postedAt: fields.postedAt,
      clientText: fields.clientText,
      steps: fields.steps,
      source,
    });
    if (listing) return listing;
  }
  return null;
}
