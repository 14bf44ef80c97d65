import type { Listing } from '../model/listing';
import { adapterById } from '../sites/registry';

/**
 * Which platform a listing belongs to. On an AI-training platform's own site it is that
 * platform; on a job board or ATS it is the hiring company, since that is who onboards the user.
 */
export function platformForListing(listing: Listing): { id: string; name: string } {
  const adapter = adapterById(listing.siteId);
  if (adapter?.kind === 'platform') return { id: adapter.id, name: adapter.name };
  const company = listing.company.trim();
  const slug = company
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  if (slug) return { id: `company:${slug}`, name: company };
  return { id: listing.siteId, name: adapter?.name ?? listing.siteId };
}
