import type { Evidence } from './types';
import {
  KNOWN_PLATFORMS,
  LOOKALIKE_BRANDS,
  atsOf,
  hostOf,
  isBoardHost,
  isPlatformBoard,
  officialPlatformOf,
  type KnownPlatform,
} from './known-platforms';
import { hostIsOrUnder } from '../sites/identity';
import { escapeRegExp } from './escape-regexp';
import { evidenceAt, type ScanText } from './text-scan';

const NAME_TO_PLATFORM = new Map<string, KnownPlatform>();
for (const p of KNOWN_PLATFORMS) for (const n of p.aliases) NAME_TO_PLATFORM.set(n, p);
const NAMES = [...NAME_TO_PLATFORM.keys()].sort((a, b) => b.length - a.length);
// Case-sensitive on purpose: "Outlier" the platform, not "an outlier in the data".
const PLATFORM_NAME = new RegExp(
  `(?<![\\w.@-])(?:${NAMES.map(escapeRegExp).join('|')})(?![\\w@-]|\\.[a-z])(?! (?:test|machine|award|complete|detection)\\b)`,
  'g',
);
// Words that may sit next to a brand in a look-alike hostname or mailbox (outliercareers, joinmercor).
const AFFIXES = new Set(
  'ai tech app apps hq jobs job careers career work works hiring hire team global remote official support portal hr recruit recruiting recruitment apply join my get go the online pay payments io co'.split(
    ' ',
  ),
);
/** A platform is named prominently when named in the title or this near the start of the text. */
const PROMINENT_CHARS = 300;
const FREE_MAIL =
  /^(?:gmail|googlemail|yahoo|ymail|outlook|hotmail|live|aol|proton|protonmail|icloud|mail|gmx|zoho|yandex)\./;
// Found from the top-level domain backwards: the regex starts with a literal "." so it skips quickly,
// and the walk back is bounded, keeping the scan linear on any input.
const TLD =
  /\.(?:com|net|org|io|ai|co|tech|work|top|site|online|xyz|info|biz|app|jobs|me|us|uk|de|fr|in|cc|live|pro|club|vip)(?:\.[a-z]{2})?(?![a-z0-9-])/g;
const isHostChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 46;
const isLocalChar = (c: number) => isHostChar(c) || c === 95 || c === 43;

export interface PlatformMention {
  platform: KnownPlatform;
  evidence: Evidence;
}

export function findPlatformMentions(doc: ScanText): PlatformMention[] {
  const found: PlatformMention[] = [];
  PLATFORM_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLATFORM_NAME.exec(doc.clean)) !== null && found.length < 50) {
    const platform = NAME_TO_PLATFORM.get(m[0]);
    if (platform) found.push({ platform, evidence: evidenceAt(doc, m.index, m.index + m[0].length) });
  }
  return found;
}

export interface Address {
  local?: string;
  host: string;
  evidence: Evidence;
}

export function findAddresses(doc: ScanText): Address[] {
  const found: Address[] = [];
  const { lower } = doc;
  TLD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let examined = 0;
  while (found.length < 50 && examined++ < 500 && (m = TLD.exec(lower)) !== null) {
    const end = m.index + m[0].length;
    let start = m.index;
    while (start > 0 && m.index - start < 253 && isHostChar(lower.charCodeAt(start - 1))) start--;
    while (lower.charCodeAt(start) === 46 || lower.charCodeAt(start) === 45) start++;
    if (start >= m.index) continue;
    const host = lower.slice(start, end);
    let local: string | undefined;
    if (lower.charCodeAt(start - 1) === 64) {
      let from = start - 1;
      while (from > 0 && start - from < 128 && isLocalChar(lower.charCodeAt(from - 1))) from--;
      if (from < start - 1) {
        local = lower.slice(from, start - 1);
        start = from;
      }
    }
    found.push({ local, host, evidence: evidenceAt(doc, start, end) });
  }
  return found;
}

/** True when `label` is the token with at most one stock word before and after it ("joinmercorhq"). */
function isTokenWithAffixes(label: string, token: string): boolean {
  const at = label.indexOf(token);
  if (at < 0) return false;
  const before = label.slice(0, at);
  const after = label.slice(at + token.length);
  return (before === '' || AFFIXES.has(before)) && (after === '' || AFFIXES.has(after));
}

/**
 * The platform or job board whose brand a hostname or mailbox name wears: a token covering whole
 * labels ("scale-ai-jobs", "remotasks.hiring") or one label with stock words around it
 * ("outliercareers", "jobsindeed"). "appendix" does not name Appen, nor "manufacturing" Turing.
 */
export function brandNamedIn(name: string): KnownPlatform | undefined {
  const labels = name.split(/[.\-_+]/).slice(0, 12);
  for (const platform of LOOKALIKE_BRANDS) {
    for (const token of platform.hostTokens) {
      for (let i = 0; i < labels.length; i++) {
        if (isTokenWithAffixes(labels[i], token)) return platform;
        let joined = labels[i];
        for (let j = i + 1; j < labels.length && joined.length < token.length; j++) joined += labels[j];
        if (joined === token) return platform;
      }
    }
  }
  return undefined;
}

/** A hostname without its top-level domain, which carries no brand ("mercor.work" → "mercor"). */
const hostWithoutTld = (host: string) => host.replace(/\.[a-z0-9-]+(?:\.[a-z]{2})?$/, '');

export interface IdentityFindings {
  mentions: PlatformMention[];
  addresses: Address[];
  /** Evidence that a platform's name is used from somewhere it does not own. */
  impersonation: Evidence[] | null;
  /** Evidence that the listing comes from, or points to, a company's real domain. */
  verified: Evidence[] | null;
  freeMail: Evidence[];
}

/**
 * On an applicant-tracking system a board belongs to one company. A board no known platform owns
 * that names a platform up front poses as it (job-boards.greenhouse.io/scale-ai-hiring).
 */
function unlistedBoardClaims(url: string, host: string, mentions: PlatformMention[]): Evidence[] {
  const ats = atsOf(host);
  if (!ats?.boardSlug) return [];
  let slug: string | undefined;
  try {
    slug = ats.boardSlug(new URL(url));
  } catch {
    return [];
  }
  if (!slug || KNOWN_PLATFORMS.some((p) => isPlatformBoard(p, ats.id, slug))) return [];
  return mentions
    .filter((m) => m.evidence.field === 'title' || m.evidence.start < PROMINENT_CHARS)
    .slice(0, 3)
    .map((m) => m.evidence);
}

/**
 * Whether a host is the brand's own. A job board also owns its name under any country domain
 * ("indeed.com.br", "linkedin.cn"): boards run dozens, and a forger needs more than the bare name.
 */
function ownsHost(brand: KnownPlatform, host: string): boolean {
  if (brand.domains.some((d) => hostIsOrUnder(host, d))) return true;
  if (brand.kind !== 'board') return false;
  const name = hostWithoutTld(host);
  const registrable = name.slice(name.lastIndexOf('.') + 1);
  return brand.hostTokens.includes(registrable);
}

export function checkIdentity(url: string | undefined, docs: readonly ScanText[]): IdentityFindings {
  const mentions = docs.flatMap(findPlatformMentions);
  const addresses = docs.flatMap(findAddresses);
  const host = hostOf(url);
  const hostPlatform = host ? officialPlatformOf(host) : undefined;
  const onBoard = host ? isBoardHost(host) : false;
  const impersonation: Evidence[] = [];
  const verified: Evidence[] = [];
  const freeMail: Evidence[] = [];

  // A page that merely names a platform (an aggregator, a news story, a reposted listing) poses
  // as nothing; a host wearing the platform's name does.
  const hostBrand = host && !hostPlatform && !onBoard ? brandNamedIn(hostWithoutTld(host)) : undefined;
  if (hostBrand && !ownsHost(hostBrand, host ?? '')) {
    impersonation.push(
      ...mentions
        .filter((m) => m.platform === hostBrand)
        .slice(0, 3)
        .map((m) => m.evidence),
    );
  }
  const boardClaims = url && host && onBoard ? unlistedBoardClaims(url, host, mentions) : [];
  impersonation.push(...boardClaims);

  for (const a of addresses) {
    const official = officialPlatformOf(a.host);
    if (FREE_MAIL.test(a.host)) {
      freeMail.push(a.evidence);
      if ((a.local && brandNamedIn(a.local)) || mentions.length) impersonation.push(a.evidence);
      continue;
    }
    if (official) {
      if (mentions.some((m) => m.platform === official)) verified.push(a.evidence);
      continue;
    }
    if (isBoardHost(a.host)) continue;
    // The brand in the domain ("dataannotation-tech.work") or in the mailbox ("outlier.hr@x-mail.net").
    const named = brandNamedIn(hostWithoutTld(a.host)) ?? (a.local ? brandNamedIn(a.local) : undefined);
    if (named && !ownsHost(named, a.host)) impersonation.push(a.evidence);
  }
  if (hostPlatform || (onBoard && mentions.length && !boardClaims.length)) {
    const own = mentions.filter((m) => !hostPlatform || m.platform === hostPlatform);
    verified.push(...(own.length ? own : mentions).slice(0, 2).map((m) => m.evidence));
  }
  const hostIsLookalike = Boolean(hostBrand && !ownsHost(hostBrand, host ?? ''));
  return {
    mentions,
    addresses,
    impersonation: impersonation.length || hostIsLookalike ? impersonation : null,
    verified: verified.length || hostPlatform ? verified : null,
    freeMail,
  };
}
