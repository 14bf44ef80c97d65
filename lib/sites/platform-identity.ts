import type { Listing } from '../model/listing';
import { slugOf } from '../model/slug';
import { identityById, platformIdentityForUrl, siteIdentityForUrl, type SiteIdentity } from './identity';

/** The platform behind the page the listing was read on, if that page is on the listing's own site. */
function platformOfPage(listing: Listing, site: SiteIdentity | undefined) {
  let url: URL;
  try {
    url = new URL(listing.url);
  } catch {
    return undefined;
  }
  if (site && siteIdentityForUrl(url)?.id !== site.id) return undefined;
  return platformIdentityForUrl(url);
}

/**
 * Which platform a listing belongs to: the AI-training platform whose site or ATS board it is on
 * (job-boards.greenhouse.io/scaleai is Scale AI), otherwise the hiring company, since that is who
 * onboards the user, otherwise the site. The log's platform records and the panel's per-platform
 * estimates both key on this. It reads only the identity data, so the analysis can use it without
 * loading the page readers.
 */
export function platformForListing(listing: Listing): { id: string; name: string } {
  const site = identityById(listing.siteId);
  const platform = site?.kind === 'platform' ? site : platformOfPage(listing, site);
  if (platform) return { id: platform.id, name: platform.name };
  const company = listing.company.trim();
  const slug = slugOf(company, 60);
  if (slug) return { id: `company:${slug}`, name: company };
  return { id: listing.siteId, name: site?.name ?? listing.siteId };
}
