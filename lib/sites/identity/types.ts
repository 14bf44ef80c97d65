export type SiteKind = 'platform' | 'board' | 'ats';

/**
 * Who a site is, as plain data: its names, the domains it really serves from and the ATS boards it
 * posts through. The site adapters (which read pages) and the analysis (which reads text) both
 * take these facts from here, so they cannot disagree and the analysis needs no page-reading code.
 */
export interface SiteIdentity {
  id: string;
  name: string;
  kind: SiteKind;
  /** Hostnames the site really serves from (subdomains included). Cite the source beside the entry. */
  officialDomains: readonly string[];
  /** For platforms that post roles through an ATS: which ATS ids and board slugs. */
  postsVia?: readonly { adapterId: string; boardSlugs: readonly string[] }[];
  /**
   * How pages name the site, matched case-sensitively as whole words by the look-alike check
   * (e.g. "Outlier", "Scale AI"). Omit for boards, whose name on another page means nothing.
   */
  aliases?: readonly string[];
  /** Brand words that mark a hostname as posing as this site (e.g. "outlier" in outlier-jobs.net). */
  hostTokens?: readonly string[];
  /** ATS only: the company board a URL belongs to ("scaleai" for job-boards.greenhouse.io/scaleai/...). */
  boardSlug?(url: URL): string | undefined;
}
