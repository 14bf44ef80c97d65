import type { ApplicationRecord, EventRecord, PlatformRecord } from '../model/records';
import type { LogContents } from './payload';

/**
 * The log as an export reads it: each list in pieces that arrive in order, later pieces still
 * being read while the first are turned into the file (see readInRanges). A log already in memory
 * is one piece of each.
 */
export interface LogPieces {
  platforms: Promise<readonly PlatformRecord[]>;
  applications: readonly Promise<readonly ApplicationRecord[]>[];
  events: readonly Promise<readonly EventRecord[]>[];
}

/** What the events CSV needs: the events, and names for what they happened to. */
export interface EventsSheet {
  platforms: Promise<readonly PlatformRecord[]>;
  /** Application titles by id. */
  titles: Promise<ReadonlyMap<string, string>>;
  events: readonly Promise<readonly EventRecord[]>[];
}

export function piecesOf(log: LogContents): LogPieces {
  return {
    platforms: Promise.resolve(log.platforms),
    applications: [Promise.resolve(log.applications)],
    events: [Promise.resolve(log.events)],
  };
}

export function eventsSheetOf(log: LogContents): EventsSheet {
  return {
    platforms: Promise.resolve(log.platforms),
    titles: Promise.resolve(new Map(log.applications.map((a) => [a.id, a.listing.title]))),
    events: [Promise.resolve(log.events)],
  };
}

/** A file made in parts, as one string (for a log in memory: tests, the benchmark's Node part). */
export async function joinParts(parts: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const part of parts) text += part;
  return text;
}
