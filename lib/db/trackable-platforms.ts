import { slugOf } from '../model/slug';
import { ADAPTERS } from '../sites/registry';

export interface TrackablePlatform {
  id: string;
  name: string;
}

/** AI-training platforms TaskLens knows by name, for tracking one before any listing is saved. */
export const TRACKABLE_PLATFORMS: readonly TrackablePlatform[] = ADAPTERS.filter(
  (a) => a.kind === 'platform',
).map((a) => ({ id: a.id, name: a.name }));

/**
 * The platform a name the user typed stands for: a known one (with its own spelling) when the
 * name matches, otherwise `custom:<slug>` under the name as typed.
 */
export function platformForName(name: string): TrackablePlatform {
  const trimmed = name.trim();
  const known = TRACKABLE_PLATFORMS.find((p) => p.name.toLowerCase() === trimmed.toLowerCase());
  return known ?? { id: `custom:${slugOf(trimmed, 56) || 'platform'}`, name: trimmed };
}
