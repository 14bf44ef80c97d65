import type { Listing } from '../model/listing';

const LIMITS = {
  siteId: 64,
  url: 4096,
  listingKey: 512,
  title: 1000,
  company: 500,
  location: 500,
  payText: 2000,
  description: 200_000,
  employmentType: 200,
  postedAt: 100,
  clientText: 2000,
  steps: 20,
  step: 200,
} as const;

/** A site's host without "www.": the site id of a page no adapter claims, and its name on screen. */
export function hostId(url: URL): string {
  return url.hostname.replace(/^www\./, '');
}

/**
 * A title made from a text's first line (a selected message has no other): cut at a word boundary
 * and marked with "…" when longer than `max`, so it never ends halfway through a word.
 */
export function headline(text: string, max = 120): string {
  const line = text.trim().split('\n')[0].trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

function clip(value: string | undefined, max: number): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
}

/**
 * Shapes what a reader found into a Listing that meets the `Listing` schema's limits, or null when
 * it lacks what every listing needs. Written without the schema library because it runs in the
 * content script on every listing page; the background validates each listing with zod on arrival,
 * and the tests check every fixture's result against the schema.
 */
export function toListing(fields: {
  siteId: string;
  url: string;
  canonicalUrl: string;
  listingKey: string;
  title: string;
  company: string;
  location?: string;
  payText?: string;
  description: string;
  employmentType?: string;
  postedAt?: string;
  clientText?: string;
  steps?: readonly string[];
  source: Listing['source'];
}): Listing | null {
  const title = clip(fields.title, LIMITS.title);
  const description = clip(fields.description, LIMITS.description);
  const siteId = clip(fields.siteId, LIMITS.siteId);
  const listingKey = clip(fields.listingKey, LIMITS.listingKey);
  if (!title || !description || !siteId || !listingKey) return null;
  if (fields.url.length > LIMITS.url || fields.canonicalUrl.length > LIMITS.url) return null;
  if (!isHttpUrl(fields.url) || !isHttpUrl(fields.canonicalUrl)) return null;
  const listing: Listing = {
    siteId,
    url: fields.url,
    canonicalUrl: fields.canonicalUrl,
    listingKey,
    title,
    company: clip(fields.company, LIMITS.company) ?? '',
    description,
    source: fields.source,
  };
  const optional = ['location', 'payText', 'employmentType', 'postedAt', 'clientText'] as const;
  for (const key of optional) {
    const value = clip(fields[key], LIMITS[key]);
    if (value) listing[key] = value;
  }
  const steps = (fields.steps ?? [])
    .map((step) => clip(step.replace(/\s+/g, ' '), LIMITS.step))
    .filter((step): step is string => Boolean(step))
    .slice(0, LIMITS.steps);
  if (steps.length) listing.steps = steps;
  return listing;
}
