import type { Listing } from '../model/listing';
import { slugOf } from '../model/slug';
import { adapterById, findPlatformForUrl, findSiteAdapter } from './registry';
import type { SiteAdapter } from './types';

/** The platform behind the page the listing was read on, if that page is on the listing's own site. */
function platformOfPage(listing: Listing, site: SiteAdapter | undefined) {
  let url: URL;
  try {
    url = new URL(listing.url);
  } catch {
    return undefined;
  }
  if (site && findSiteAdapter(url) !== site) return undefined;
  return findPlatformForUrl(url);
}

/**
 * Which platform a listing belongs to: the AI-training platform whose site or ATS board it is on
 * (job-boards.greenhouse.io/scaleai is Scale AI), otherwise the hiring company, since that is who
 * onboards the user, otherwise the site. The log's platform records and the panel's per-platform
 * estimates both key on this.
 */
export function platformForListing(listing: Listing): { id: string; name: string } {
  const adapter = adapterById(listing.siteId);
  const platform = adapter?.kind === 'platform' ? adapter : platformOfPage(listing, adapter);
  if (platform) return { id: platform.id, name: platform.name };
  const company = listing.company.trim();
  const slug = slugOf(company, 60);
  if (slug) return { id: `company:${slug}`, name: company };
  return { id: listing.siteId, name: adapter?.name ?? listing.siteId };
}
