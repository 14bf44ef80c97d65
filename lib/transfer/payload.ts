import { z } from 'zod';
import type { ApplicationRecord, EventRecord, PlatformRecord } from '../model/records';

/** Upper bounds on a whole import; far above any real log, low enough to refuse a flood. */
export const MAX_IMPORT_PLATFORMS = 10_000;
export const MAX_IMPORT_APPLICATIONS = 200_000;
export const MAX_IMPORT_EVENTS = 2_000_000;

/**
 * The records an import file holds, after reading and validating it. `platformsIfMissing` are
 * platforms implied by an applications CSV (which carries only each platform's name): they are
 * added when the log does not know the platform yet and never overwrite one it knows.
 */
export interface ImportPayload {
  platforms: PlatformRecord[];
  applications: ApplicationRecord[];
  events: EventRecord[];
  platformsIfMissing: PlatformRecord[];
}

/** `merge` keeps everything in the log and adds or updates from the file; `replace` makes the log equal the file. */
export const ImportMode = z.enum(['merge', 'replace']);
export type ImportMode = z.infer<typeof ImportMode>;

export function emptyPayload(): ImportPayload {
  return { platforms: [], applications: [], events: [], platformsIfMissing: [] };
}

/** The record lists of a payload. */
const PAYLOAD_LISTS = ['platforms', 'platformsIfMissing', 'applications', 'events'] as const;

/** One payload holding the records of several, in order. */
export function concatPayloads(parts: readonly ImportPayload[]): ImportPayload {
  const whole = emptyPayload();
  for (const part of parts) {
    for (const list of PAYLOAD_LISTS) for (const record of part[list]) (whole[list] as object[]).push(record);
  }
  return whole;
}

export interface LogContents {
  platforms: PlatformRecord[];
  applications: ApplicationRecord[];
  events: EventRecord[];
}
