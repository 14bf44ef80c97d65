import { BOARD_IDENTITIES } from './boards';
import { PLATFORM_IDENTITIES } from './platforms';
import type { SiteIdentity } from './types';

export type { SiteIdentity, SiteKind } from './types';

/**
 * Every supported site's identity, AI-training platforms first (a host is matched to the first
 * site that serves it). Each site adapter in ../adapters/ takes its identity from here.
 */
export const SITE_IDENTITIES: readonly SiteIdentity[] = [...PLATFORM_IDENTITIES, ...BOARD_IDENTITIES];

/** The id of a site listed here; a typo in an adapter's identityOf() fails to compile. */
export type SiteId = (typeof PLATFORM_IDENTITIES | typeof BOARD_IDENTITIES)[number]['id'];

const byId = new Map(SITE_IDENTITIES.map((s) => [s.id, s]));

export function identityById(id: string): SiteIdentity | undefined {
  return byId.get(id);
}

/** The identity a site adapter spreads into itself. */
export function identityOf(id: SiteId): SiteIdentity {
  const identity = byId.get(id);
  if (!identity) throw new Error(`No site identity "${id}"`);
  return identity;
}

/** True when `host` is `domain` or one of its subdomains. */
export function hostIsOrUnder(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The site a URL belongs to (listing page or not). */
export function siteIdentityForUrl(url: URL): SiteIdentity | undefined {
  const host = url.hostname;
  return SITE_IDENTITIES.find((s) => s.officialDomains.some((d) => hostIsOrUnder(host, d)));
}

/**
 * The AI-training platform a URL belongs to: on the platform's own domains, or on an ATS board the
 * platform declares in `postsVia` (job-boards.greenhouse.io/scaleai → Scale AI).
 */
export function platformIdentityForUrl(url: URL): SiteIdentity | undefined {
  const site = siteIdentityForUrl(url);
  if (!site) return undefined;
  if (site.kind === 'platform') return site;
  const slug = site.boardSlug?.(url)?.toLowerCase();
  if (!slug) return undefined;
  return SITE_IDENTITIES.find((s) =>
    s.postsVia?.some((p) => p.adapterId === site.id && p.boardSlugs.some((b) => b.toLowerCase() === slug)),
  );
}
