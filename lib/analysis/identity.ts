import type { Evidence } from './types';
import {
  KNOWN_PLATFORMS,
  hostIsUnder,
  hostOf,
  isBoardHost,
  officialPlatformOf,
  type KnownPlatform,
} from './known-platforms';
import { evidenceAt, type ScanText } from './text-scan';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const NAME_TO_PLATFORM = new Map<string, KnownPlatform>();
for (const p of KNOWN_PLATFORMS) for (const n of p.names) NAME_TO_PLATFORM.set(n, p);
const NAMES = [...NAME_TO_PLATFORM.keys()].sort((a, b) => b.length - a.length);
// Case-sensitive on purpose: "Prolific" the platform, not "a prolific writer".
const PLATFORM_NAME = new RegExp(
  `(?<![\\w.@-])(?:${NAMES.map(escape).join('|')})(?![\\w@-]|\\.[a-z])(?! (?:test|machine|award|complete|detection)\\b)`,
  'g',
);
// Compact forms as they appear inside domains and mailbox names ("outlier-ai-careers", "remotasks.hiring").
const COMPACT = KNOWN_PLATFORMS.map((p) => ({
  platform: p,
  tokens: [...new Set(p.names.map((n) => n.toLowerCase().replace(/[^a-z0-9]/g, '')))],
}));
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
  while ((m = PLATFORM_NAME.exec(doc.original)) !== null && found.length < 50) {
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

/** The platform whose compact name starts a label of `name` ("outlier-ai-careers", "toloka.payments"). */
function platformNamedIn(name: string): KnownPlatform | undefined {
  const labels = name.split(/[.\-_+]/).slice(0, 12);
  for (const { platform, tokens } of COMPACT) {
    for (const t of tokens) {
      for (let i = 0; i < labels.length; i++) {
        // The name must cover whole labels: "scale-ai-jobs" names Scale AI, "appendix" does not name Appen.
        let joined = '';
        for (let j = i; j < labels.length && joined.length < t.length; j++) joined += labels[j];
        if (joined === t) return platform;
      }
    }
  }
  return undefined;
}

export interface IdentityFindings {
  mentions: PlatformMention[];
  addresses: Address[];
  /** Evidence that a platform's name is used from somewhere it does not own. */
  impersonation: Evidence[] | null;
  /** Evidence that the listing comes from, or points to, a company's real domain. */
  verified: Evidence[] | null;
  freeMail: Evidence[];
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

  if (host && mentions.length && !hostPlatform && !onBoard) {
    impersonation.push(...mentions.slice(0, 3).map((m) => m.evidence));
  }
  for (const a of addresses) {
    const official = officialPlatformOf(a.host);
    if (FREE_MAIL.test(a.host)) {
      freeMail.push(a.evidence);
      if ((a.local && platformNamedIn(a.local)) || mentions.length) impersonation.push(a.evidence);
      continue;
    }
    if (official) {
      if (mentions.some((m) => m.platform === official)) verified.push(a.evidence);
      continue;
    }
    const named = platformNamedIn(a.host);
    if (named && !named.domains.some((d) => hostIsUnder(a.host, d))) impersonation.push(a.evidence);
  }
  if (hostPlatform || (onBoard && mentions.length)) {
    const own = mentions.filter((m) => !hostPlatform || m.platform === hostPlatform);
    verified.push(...(own.length ? own : mentions).slice(0, 2).map((m) => m.evidence));
  }
  const hostIsLookalike = host && !hostPlatform && !onBoard && platformNamedIn(host);
  return {
    mentions,
    addresses,
    impersonation: impersonation.length || hostIsLookalike ? impersonation : null,
    verified: verified.length || hostPlatform ? verified : null,
    freeMail,
  };
}
