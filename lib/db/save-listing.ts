import type { Analysis } from '../analysis/types';
import type { Listing } from '../model/listing';
import type { ApplicationRecord, EventRecord, PlatformRecord } from '../model/records';
import { stageIndex, STAGES, type Stage } from '../model/stages';
import { platformForListing } from './platform-identity';
import type { TaskLensDb } from './database';

export interface SaveListingInput {
  listing: Listing;
  analysis?: Analysis;
  stage: Stage;
  notes: string;
}

/** Dates for every stage up to and including `stage` that are not recorded yet. */
function reachStage(dates: Partial<Record<Stage, string>>, stage: Stage, at: string) {
  const next = { ...dates };
  for (const s of STAGES.slice(0, stageIndex(stage) + 1)) next[s] ??= at;
  return next;
}

/**
 * Saves a listing into the log, or updates the one already saved under its listingKey.
 * One transaction: the application, its platform and the events land together or not at all,
 * and two tabs saving the same listing at once end with one record.
 */
export async function saveListing(
  db: TaskLensDb,
  input: SaveListingInput,
  now = new Date(),
): Promise<ApplicationRecord> {
  const at = now.toISOString();
  return db.transaction('rw', db.applications, db.platforms, db.events, async () => {
    const events: EventRecord[] = [];
    const existing = await db.applications.where('listingKey').equals(input.listing.listingKey).first();
    let record: ApplicationRecord;
    if (existing) {
      record = {
        ...existing,
        listing: input.listing,
        analysis: input.analysis ?? existing.analysis,
        stage: input.stage,
        stageDates: reachStage(existing.stageDates, input.stage, at),
        notes: input.notes || existing.notes,
        updatedAt: at,
      };
      if (existing.stage !== input.stage) {
        events.push(event('application', record.id, 'stage', at, existing.stage, input.stage));
      }
      if (input.notes && input.notes !== existing.notes) {
        events.push(event('application', record.id, 'edit', at, undefined, undefined, 'notes'));
      }
    } else {
      const platform = platformForListing(input.listing);
      record = {
        id: crypto.randomUUID(),
        listingKey: input.listing.listingKey,
        platformId: platform.id,
        listing: input.listing,
        analysis: input.analysis,
        stage: input.stage,
        stageDates: reachStage({}, input.stage, at),
        payNoted: input.listing.payText ?? '',
        notes: input.notes,
        tags: [],
        createdAt: at,
        updatedAt: at,
      };
      events.push(event('application', record.id, 'created', at, undefined, input.stage));
      const known = await db.platforms.get(platform.id);
      if (!known) {
        const created: PlatformRecord = {
          id: platform.id,
          name: platform.name,
          stage: input.stage,
          stageDates: reachStage({}, input.stage, at),
          requirements: [],
          unpaidHours: 0,
          notes: '',
          createdAt: at,
          updatedAt: at,
        };
        await db.platforms.add(created);
        events.push(event('platform', created.id, 'created', at, undefined, input.stage));
      } else if (stageIndex(input.stage) > stageIndex(known.stage)) {
        await db.platforms.put({
          ...known,
          stage: input.stage,
          stageDates: reachStage(known.stageDates, input.stage, at),
          updatedAt: at,
        });
        events.push(event('platform', known.id, 'stage', at, known.stage, input.stage));
      }
    }
    await db.applications.put(record);
    await db.events.bulkAdd(events);
    return record;
  });
}

export function event(
  subject: EventRecord['subject'],
  subjectId: string,
  kind: EventRecord['kind'],
  at: string,
  from?: string,
  to?: string,
  detail?: string,
): EventRecord {
  return { id: crypto.randomUUID(), subject, subjectId, kind, at, from, to, detail };
}
