/**
 * AI-training platforms whose names scammers borrow, with the domains each really serves from
 * (subdomains included). Names are matched as written (case-sensitive) to avoid "prolific writer".
 */
export interface KnownPlatform {
  id: string;
  names: string[];
  domains: string[];
}

export const KNOWN_PLATFORMS: KnownPlatform[] = [
  { id: 'outlier', names: ['Outlier', 'Outlier AI', 'Outlier.ai'], domains: ['outlier.ai'] },
  {
    id: 'dataannotation',
    names: ['DataAnnotation', 'DataAnnotation.tech', 'Data Annotation Tech'],
    domains: ['dataannotation.tech'],
  },
  { id: 'remotasks', names: ['Remotasks'], domains: ['remotasks.com'] },
  { id: 'scale-ai', names: ['Scale AI', 'ScaleAI', 'Scale.ai'], domains: ['scale.com'] },
  { id: 'appen', names: ['Appen'], domains: ['appen.com'] },
  {
    id: 'telus',
    names: ['TELUS', 'Telus International', 'TELUS International', 'TELUS Digital', 'Telus Digital'],
    domains: ['telusinternational.com', 'telusdigital.com', 'telus.com', 'telusinternational.ai'],
  },
  { id: 'prolific', names: ['Prolific'], domains: ['prolific.com', 'prolific.co'] },
  { id: 'mercor', names: ['Mercor'], domains: ['mercor.com'] },
  { id: 'alignerr', names: ['Alignerr'], domains: ['alignerr.com', 'labelbox.com'] },
  { id: 'toloka', names: ['Toloka', 'Toloka AI'], domains: ['toloka.ai'] },
  { id: 'oneforma', names: ['OneForma'], domains: ['oneforma.com', 'centific.com'] },
  {
    id: 'clickworker',
    names: ['Clickworker', 'clickworker'],
    domains: ['clickworker.com', 'clickworker.de'],
  },
  { id: 'turing', names: ['Turing'], domains: ['turing.com'] },
  {
    id: 'invisible',
    names: ['Invisible Technologies', 'Invisible Tech', 'Invisible AI'],
    domains: ['invisibletech.ai', 'invisible.co'],
  },
  { id: 'micro1', names: ['micro1', 'Micro1'], domains: ['micro1.ai'] },
  { id: 'handshake', names: ['Handshake AI', 'Handshake'], domains: ['joinhandshake.com', 'handshake.com'] },
  { id: 'opentrain', names: ['OpenTrain', 'OpenTrain AI'], domains: ['opentrain.ai'] },
];

/** Job boards and applicant-tracking hosts where a platform naming itself is normal. */
export const BOARD_HOSTS: readonly string[] = [
  'linkedin.com',
  'indeed.com',
  'upwork.com',
  'boards.greenhouse.io',
  'job-boards.greenhouse.io',
  'jobs.lever.co',
  'jobs.ashbyhq.com',
  'apply.workable.com',
  'glassdoor.com',
  'ziprecruiter.com',
  'wellfound.com',
];

/** True when `host` is `domain` or one of its subdomains. */
export function hostIsUnder(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = /^[a-z][a-z0-9+.-]{0,20}:\/\/(?:[^/?#@]{0,200}@)?([^/?#:]{1,253})/i.exec(url.trim());
  return m ? m[1].toLowerCase().replace(/\.$/, '') : undefined;
}

export const isBoardHost = (host: string) => BOARD_HOSTS.some((d) => hostIsUnder(host, d));

export const officialPlatformOf = (host: string) =>
  KNOWN_PLATFORMS.find((p) => p.domains.some((d) => hostIsUnder(host, d)));
