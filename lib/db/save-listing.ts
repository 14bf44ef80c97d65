import type { Analysis } from '../analysis/types';
import type { Listing } from '../model/listing';
import type { ApplicationRecord, EventRecord } from '../model/records';
import type { Stage } from '../model/stages';
import type { LogTables } from './tables';
import { event, reachStage } from './events';
import { platformForListing } from '../sites/platform-identity';
import { advancePlatform } from './platform-progress';
import { addStepRequirements } from './step-requirements';
import { addEvents } from './history';
import { findByListingKey, putApplications } from './applications';
import { MAX_PAY_NOTED } from '../model/limits';

export interface SaveListingInput {
  listing: Listing;
  analysis?: Analysis;
  stage: Stage;
  notes: string;
}

/**
 * Saves a listing into the log, or updates the one already saved under its listingKey.
 * One transaction: the application, its platform and the events land together or not at all,
 * and two tabs saving the same listing at once end with one record.
 */
export async function saveListing(
  db: LogTables,
  input: SaveListingInput,
  now = new Date(),
): Promise<ApplicationRecord> {
  const at = now.toISOString();
  return db.transaction('rw', db.applicationBuckets, db.platforms, db.historyBuckets, async () => {
    const events: EventRecord[] = [];
    const existing = await findByListingKey(db, input.listing.listingKey);
    let record: ApplicationRecord;
    if (existing) {
      const moved = existing.stage !== input.stage;
      record = {
        ...existing,
        listing: input.listing,
        analysis: input.analysis ?? existing.analysis,
        stage: input.stage,
        stageSince: moved ? at : existing.stageSince,
        stageDates: reachStage(existing.stageDates, input.stage, at),
        notes: input.notes || existing.notes,
        updatedAt: at,
      };
      if (moved) events.push(event('application', record.id, 'stage', at, existing.stage, input.stage));
      if (input.notes && input.notes !== existing.notes) {
        events.push(event('application', record.id, 'edit', at, undefined, undefined, 'notes'));
      }
      await advancePlatform(
        db,
        { id: existing.platformId, name: existing.listing.company },
        input.stage,
        at,
        events,
      );
    } else {
      const platform = platformForListing(input.listing);
      record = {
        id: crypto.randomUUID(),
        listingKey: input.listing.listingKey,
        platformId: platform.id,
        listing: input.listing,
        analysis: input.analysis,
        stage: input.stage,
        stageSince: at,
        stageDates: reachStage({}, input.stage, at),
        payNoted: input.listing.payText?.slice(0, MAX_PAY_NOTED) ?? '',
        notes: input.notes,
        tags: [],
        createdAt: at,
        updatedAt: at,
      };
      events.push(event('application', record.id, 'created', at, undefined, input.stage));
      await advancePlatform(db, platform, input.stage, at, events);
    }
    // The platform's own steps to get in ("Resume | Domain Expert Interview | …") become its checklist.
    await addStepRequirements(db, record.platformId, input.listing.steps, at, events);
    await putApplications(db, [record]);
    await addEvents(db, events);
    return record;
  });
}
