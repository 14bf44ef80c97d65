import { ADAPTERS, findSiteAdapter, hostIsOrUnder } from './registry';
import type { SiteAdapter } from './types';

export type ImpersonationReason =
  /** The hostname carries the platform's brand but is not one of its domains (outlier-ai.work). */
  | 'lookalike_host'
  /** An ATS board names the platform but is not a board the platform posts through. */
  | 'unlisted_board'
  /** A page on an unrelated domain presents itself with the platform's name. */
  | 'unofficial_page';

export interface ImpersonationEvidence {
  platformId: string;
  platformName: string;
  /** The host that is not the platform's: the page's own, or one linked or mailed from its text. */
  host: string;
  reason: ImpersonationReason;
  officialDomains: readonly string[];
  /** ATS boards the platform really uses, e.g. "greenhouse:scaleai". */
  officialBoards: string[];
  /** The words in the text that named the platform. */
  namedAs: string[];
}

const PLATFORMS = ADAPTERS.filter((a) => a.kind === 'platform' && a.aliases?.length);

// Words that may sit next to a brand in a look-alike hostname (outlier-careers.com, joinmercor.net).
const AFFIXES = new Set(
  'ai tech app apps hq jobs job careers career work works hiring hire team global remote official support portal hr recruit recruiting recruitment apply join my get go the online pay payments io co'.split(
    ' ',
  ),
);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const aliasPatterns = new Map<string, RegExp>(
  PLATFORMS.map((p) => [
    p.id,
    new RegExp(`(?<![\\w.@-])(?:${(p.aliases ?? []).map(escape).join('|')})(?![\\w-])`, 'g'),
  ]),
);

/** Names of the platform found in the text (case-sensitive, whole words). */
function namesIn(platform: SiteAdapter, text: string): string[] {
  const re = aliasPatterns.get(platform.id);
  return re ? [...new Set(text.match(re) ?? [])] : [];
}

/** Does the hostname spell the brand, alone or with a stock word around it? */
function hostCarriesBrand(host: string, tokens: readonly string[]): boolean {
  const labels = host.toLowerCase().split('.').slice(0, -1); // the TLD carries no brand
  for (const label of labels) {
    const parts = label.split('-');
    if (parts.some((p) => tokens.includes(p))) return true;
    for (const token of tokens) {
      if (!label.includes(token)) continue;
      const rest = label.replace(token, '');
      if (rest === '' || AFFIXES.has(rest)) return true;
    }
  }
  return false;
}

function isOfficial(platform: SiteAdapter, host: string): boolean {
  return platform.officialDomains.some((d) => hostIsOrUnder(host, d));
}

function boardsOf(platform: SiteAdapter): string[] {
  return (platform.postsVia ?? []).flatMap((p) => p.boardSlugs.map((s) => `${p.adapterId}:${s}`));
}

function usesBoard(platform: SiteAdapter, ats: SiteAdapter, slug: string | undefined): boolean {
  const s = slug?.toLowerCase();
  return Boolean(
    s &&
    platform.postsVia?.some((p) => p.adapterId === ats.id && p.boardSlugs.some((b) => b.toLowerCase() === s)),
  );
}

/** Hosts of the links and e-mail addresses written in a text (messages carry scams this way). */
function hostsIn(text: string): string[] {
  const hosts = new Set<string>();
  for (const m of text.matchAll(/\bhttps?:\/\/([a-z0-9.-]{1,253})/gi)) hosts.add(m[1].toLowerCase());
  for (const m of text.matchAll(/[\w.+-]{1,64}@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,5})/gi))
    hosts.add(m[1].toLowerCase());
  for (const m of text.matchAll(/\b(?:www\.)([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,5})/gi))
    hosts.add(m[1].toLowerCase());
  return [...hosts].map((h) => h.replace(/\.$/, ''));
}

function evidence(
  platform: SiteAdapter,
  host: string,
  reason: ImpersonationReason,
  namedAs: string[],
): ImpersonationEvidence {
  return {
    platformId: platform.id,
    platformName: platform.name,
    host,
    reason,
    officialDomains: platform.officialDomains,
    officialBoards: boardsOf(platform),
    namedAs,
  };
}

/**
 * Evidence that a page or message poses as a known AI-training platform: it names the platform but
 * lives on (or points to) a domain that is not the platform's, nor an ATS board the platform posts
 * through. Job boards (LinkedIn, Indeed, Upwork) legitimately carry platforms' listings and are
 * only checked for the links and addresses in their text. Returns [] when nothing is off.
 */
export function checkImpersonation(pageUrl: string, text: string): ImpersonationEvidence[] {
  let page: URL | undefined;
  try {
    page = new URL(pageUrl);
  } catch {
    page = undefined;
  }
  const sample = text.slice(0, 200_000);
  const found: ImpersonationEvidence[] = [];
  const seen = new Set<string>();
  const add = (e: ImpersonationEvidence) => {
    const key = `${e.platformId}|${e.host}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push(e);
  };

  const pageHost = page?.hostname.toLowerCase() ?? '';
  const pageSite = page ? findSiteAdapter(page) : undefined;
  for (const platform of PLATFORMS) {
    const names = namesIn(platform, sample);
    // The page's own host.
    if (pageHost && !isOfficial(platform, pageHost)) {
      if (hostCarriesBrand(pageHost, platform.hostTokens ?? []) && !pageSite) {
        add(evidence(platform, pageHost, 'lookalike_host', names));
      } else if (names.length && pageSite?.kind === 'ats' && page) {
        // Naming the platform is normal on its own boards; on any other board it is a claim.
        const slug = pageSite.boardSlug?.(page);
        const poses = names.some((n) => new RegExp(`\\b${escape(n)}\\b`).test(sample.slice(0, 600)));
        if (poses && !usesBoard(platform, pageSite, slug)) {
          add(evidence(platform, `${pageHost}${slug ? `/${slug}` : ''}`, 'unlisted_board', names));
        }
      } else if (names.length && !pageSite && sample.slice(0, 600).includes(names[0])) {
        add(evidence(platform, pageHost, 'unofficial_page', names));
      }
    }
    // Links and addresses in the text that wear the platform's brand.
    for (const host of hostsIn(sample)) {
      if (isOfficial(platform, host) || findSiteAdapter(new URL(`https://${host}`))) continue;
      if (hostCarriesBrand(host, platform.hostTokens ?? []))
        add(evidence(platform, host, 'lookalike_host', names));
    }
  }
  return found;
}
