import { slugOf } from '../model/slug';
import { ADAPTERS } from '../sites/registry';

export interface KnownPlatform {
  id: string;
  name: string;
  domain: string;
}

/** AI-training platforms TaskLens knows by name, for tracking one before any listing is saved. */
export const KNOWN_PLATFORMS: readonly KnownPlatform[] = ADAPTERS.filter((a) => a.kind === 'platform').map(
  (a) => ({ id: a.id, name: a.name, domain: a.officialDomains[0] ?? '' }),
);

export function knownPlatform(id: string): KnownPlatform | undefined {
  return KNOWN_PLATFORMS.find((p) => p.id === id);
}

/** The id a platform the user names gets: the known one if the name matches, else `custom:<slug>`. */
export function platformIdForName(name: string): string {
  const trimmed = name.trim();
  const known = KNOWN_PLATFORMS.find((p) => p.name.toLowerCase() === trimmed.toLowerCase());
  if (known) return known.id;
  const slug = slugOf(trimmed, 56);
  return `custom:${slug || 'platform'}`;
}
