import { alignerr } from './adapters/alignerr';
import { appen } from './adapters/appen';
import { ashby } from './adapters/ashby';
import { clickworker } from './adapters/clickworker';
import { dataannotation } from './adapters/dataannotation';
import { greenhouse } from './adapters/greenhouse';
import { handshake } from './adapters/handshake';
import { indeed } from './adapters/indeed';
import { invisible } from './adapters/invisible';
import { lever } from './adapters/lever';
import { linkedin } from './adapters/linkedin';
import { mercor } from './adapters/mercor';
import { micro1 } from './adapters/micro1';
import { oneforma } from './adapters/oneforma';
import { opentrain } from './adapters/opentrain';
import { outlier } from './adapters/outlier';
import { prolific } from './adapters/prolific';
import { remotasks } from './adapters/remotasks';
import { scaleai } from './adapters/scaleai';
import { telus } from './adapters/telus';
import { toloka } from './adapters/toloka';
import { turing } from './adapters/turing';
import { upwork } from './adapters/upwork';
import { workable } from './adapters/workable';
import { hostIsOrUnder, platformIdentityForUrl, siteIdentityForUrl } from './identity';
import type { SiteAdapter } from './types';

export { hostIsOrUnder };

/**
 * Every supported site, in the order of identity/ (tests/sites/identity.test.ts checks it). Adding a
 * site = its identity in identity/, one file in adapters/ and one line here.
 */
export const ADAPTERS: readonly SiteAdapter[] = [
  // AI-training platforms
  outlier,
  dataannotation,
  remotasks,
  scaleai,
  appen,
  telus,
  prolific,
  mercor,
  alignerr,
  toloka,
  oneforma,
  clickworker,
  turing,
  invisible,
  micro1,
  handshake,
  opentrain,
  // Job boards and applicant-tracking systems
  linkedin,
  indeed,
  upwork,
  greenhouse,
  lever,
  ashby,
  workable,
];

const byId = new Map(ADAPTERS.map((a) => [a.id, a]));

export function adapterById(id: string): SiteAdapter | undefined {
  return byId.get(id);
}

/** The adapter whose listing pattern matches this URL, if the URL is a listing page at all. */
export function findListingAdapter(url: string): SiteAdapter | undefined {
  // Cheap host check first: this runs on every page load and SPA navigation of every matched site.
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  return ADAPTERS.find(
    (a) =>
      a.officialDomains.some((d) => hostIsOrUnder(host, d)) &&
      a.listingUrl.some((re) => re.test(url)) &&
      !a.notListing?.some((re) => re.test(url)),
  );
}

/** The adapter for the site a URL belongs to (listing page or not). */
export function findSiteAdapter(url: URL): SiteAdapter | undefined {
  const site = siteIdentityForUrl(url);
  return site && byId.get(site.id);
}

/**
 * The AI-training platform a URL belongs to: on the platform's own domains, or on an ATS board the
 * platform declares in `postsVia` (job-boards.greenhouse.io/scaleai → Scale AI).
 */
export function findPlatformForUrl(url: URL): SiteAdapter | undefined {
  const platform = platformIdentityForUrl(url);
  return platform && byId.get(platform.id);
}

/** Match patterns for the content script: the union of every adapter's hosts. */
export const CONTENT_SCRIPT_MATCHES: string[] = [...new Set(ADAPTERS.flatMap((a) => a.matches))];

/** Sites whose listing changes without a page load; the content script watches these closely. */
export const SPA_HOSTS: string[] = ADAPTERS.filter((a) => a.spa).flatMap((a) => a.officialDomains);
