import { ALL_FLAGS, findFlagRecord, flagIdsOfKind, type FlagId } from './flags/all-flags';

/** Panel text for a red flag, good sign or gap. */
export interface FlagInfo {
  title: string;
  explanation: string;
}

export const RED_FLAG_IDS = flagIdsOfKind('red');
export const GOOD_SIGNAL_IDS = flagIdsOfKind('good');
export const GAP_IDS = flagIdsOfKind('gap');

export const FLAG_INFO = Object.fromEntries(
  ALL_FLAGS.map((f) => [f.id, { title: f.title, explanation: f.explanation }]),
) as Record<FlagId, FlagInfo>;

/**
 * A flag's text by id. An id the catalog does not know (a log saved by another version) still
 * shows, its id in words.
 */
export function flagInfoOf(id: string): FlagInfo {
  const known = findFlagRecord(id);
  if (known) return { title: known.title, explanation: known.explanation };
  const words = id.replace(/[_-]+/g, ' ').trim();
  return { title: words.charAt(0).toUpperCase() + words.slice(1), explanation: '' };
}
