import { hostIsOrUnder, SITE_IDENTITIES, type SiteIdentity } from '../sites/identity';

/**
 * AI-training platforms whose names scammers borrow, read from the sites' identity data (the
 * verified source of their domains, names and ATS boards, which the site adapters read too) so the
 * analysis and the adapters cannot disagree, without loading the adapters' page-reading code.
 */
export interface KnownPlatform {
  /** The site's id (its adapter's id too). */
  id: string;
  /** A work platform, or a job board whose name look-alike addresses also borrow. */
  kind: 'platform' | 'board';
  /** The display name first, then the words that name the platform in a text. */
  names: readonly string[];
  /**
   * The words that name the platform in a text, matched case-sensitively as whole words. Bare
   * common words ("Turing", "Prolific") are left out of the data: "Turing test", "prolific writer".
   */
  aliases: readonly string[];
  /** Domains the platform really serves from (subdomains included). */
  domains: readonly string[];
  /** Brand words that mark a hostname or mailbox as posing as the platform (outlier-jobs.net). */
  hostTokens: readonly string[];
  /** ATS boards the platform posts through: adapter id → board slugs (lowercase). */
  boards: ReadonlyMap<string, readonly string[]>;
  /** Board slugs that are the brand itself ("telus-digital" → "telusdigital"), compacted. */
  brandSlugs: ReadonlySet<string>;
}

/** Lowercase letters and digits only: "Scale AI" → "scaleai", "telus-digital" → "telusdigital". */
export const compact = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

function knownPlatformOf(site: SiteIdentity): KnownPlatform {
  const aliases = site.aliases?.length ? site.aliases : [site.name];
  const hostTokens = site.hostTokens ?? [compact(site.name)];
  // "Appen (CrowdGen)" → "appen"; "Invisible Technologies" → "invisible", "invisibletechnologies".
  const plainName = site.name.replace(/\s*\(.*\)\s*$/, '');
  return {
    id: site.id,
    kind: site.kind === 'platform' ? 'platform' : 'board',
    names: [...new Set([site.name, ...aliases])],
    aliases,
    domains: site.officialDomains,
    hostTokens,
    boards: new Map(
      (site.postsVia ?? []).map((p) => [p.adapterId, p.boardSlugs.map((s) => s.toLowerCase())]),
    ),
    brandSlugs: new Set([...hostTokens, compact(plainName), compact(plainName.split(' ')[0])]),
  };
}

export const KNOWN_PLATFORMS: readonly KnownPlatform[] = SITE_IDENTITIES.filter(
  (s) => s.kind === 'platform',
).map(knownPlatformOf);

/**
 * Brands a look-alike web address or mailbox may wear: the platforms and the big job boards
 * ("jobsindeed.online"). ATS names are left out: Greenhouse, Lever or Ashby in a hostname is as
 * likely a garden centre as a forgery. Only addresses are checked for these: a board named in a
 * text is no claim to be it.
 */
export const LOOKALIKE_BRANDS: readonly KnownPlatform[] = [
  ...KNOWN_PLATFORMS,
  ...SITE_IDENTITIES.filter((s) => s.kind === 'board').map(knownPlatformOf),
];

// General job boards without an adapter, where platforms' listings are also reposted.
const OTHER_JOB_BOARDS = ['glassdoor.com', 'ziprecruiter.com', 'wellfound.com'];

/** Job boards and applicant-tracking hosts where a platform naming itself is normal. */
export const BOARD_HOSTS: readonly string[] = [
  ...SITE_IDENTITIES.filter((s) => s.kind !== 'platform').flatMap((s) => s.officialDomains),
  ...OTHER_JOB_BOARDS,
];

/** Applicant-tracking systems: there a board (a URL's slug) belongs to one company. */
const ATS_SITES: readonly SiteIdentity[] = SITE_IDENTITIES.filter((s) => s.kind === 'ats');

export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = /^[a-z][a-z0-9+.-]{0,20}:\/\/(?:[^/?#@]{0,200}@)?([^/?#:]{1,253})/i.exec(url.trim());
  return m ? m[1].toLowerCase().replace(/\.$/, '') : undefined;
}

export const isBoardHost = (host: string) => BOARD_HOSTS.some((d) => hostIsOrUnder(host, d));

export const officialPlatformOf = (host: string) =>
  KNOWN_PLATFORMS.find((p) => p.domains.some((d) => hostIsOrUnder(host, d)));

/** The ATS a host belongs to, if any. */
export const atsOf = (host: string) =>
  ATS_SITES.find((s) => s.officialDomains.some((d) => hostIsOrUnder(host, d)));

/**
 * Whether an ATS board can be the platform's own: one it declares, or one whose slug is the brand
 * itself. ATS accounts are named after the company, so boards posing as one carry extra words
 * ("scale-ai-hiring") or another company's name; platforms also move between ATSes over time.
 */
export function isPlatformBoard(platform: KnownPlatform, atsId: string, slug: string): boolean {
  const s = slug.toLowerCase();
  return Boolean(platform.boards.get(atsId)?.includes(s)) || platform.brandSlugs.has(compact(s));
}
