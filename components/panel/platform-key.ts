import { officialPlatformOf } from '@/lib/analysis/known-platforms';
import type { Listing } from '@/lib/model/listing';

/**
 * Which platform the user's per-task estimates belong to: the AI-training platform whose site this
 * is, otherwise the hiring company, otherwise the site.
 */
export function platformKeyOf(listing: Pick<Listing, 'url' | 'company' | 'siteId'>): {
  key: string;
  name: string;
} {
  let host = '';
  try {
    host = new URL(listing.url).hostname;
  } catch {
    // A listing always has a URL; keep going with the company.
  }
  const known = host ? officialPlatformOf(host) : undefined;
  if (known) return { key: known.id, name: known.names[0] };
  const company = listing.company.trim();
  if (company) return { key: `company:${company.toLowerCase()}`, name: company };
  return { key: `site:${listing.siteId}`, name: host.replace(/^www\./, '') || listing.siteId };
}
