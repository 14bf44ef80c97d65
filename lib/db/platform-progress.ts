import type { EventRecord, PlatformRecord } from '../model/records';
import { stageIndex, type Stage } from '../model/stages';
import type { LogTables } from './tables';
import { event, reachStage } from './events';

/** A platform record for a platform the log has not seen yet. */
export function newPlatform(id: string, name: string, stage: Stage, at: string): PlatformRecord {
  return {
    id,
    name,
    stage,
    stageSince: at,
    stageDates: reachStage({}, stage, at),
    requirements: [],
    unpaidHours: 0,
    notes: '',
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * An application reaching a stage means the user got at least that far with its platform, so
 * the platform moves forward with it (never back: one rejected listing does not undo onboarding).
 * `platform.name` names a platform the log does not have yet (its id when the name is empty).
 * Call inside a transaction that covers platforms; the events are appended to `events`.
 */
export async function advancePlatform(
  db: LogTables,
  platform: { id: string; name: string },
  stage: Stage,
  at: string,
  events: EventRecord[],
) {
  const known = await db.platforms.get(platform.id);
  if (!known) {
    await db.platforms.add(newPlatform(platform.id, platform.name || platform.id, stage, at));
    events.push(event('platform', platform.id, 'created', at, undefined, stage));
    return;
  }
  if (stageIndex(stage) <= stageIndex(known.stage)) return;
  await db.platforms.put({
    ...known,
    stage,
    stageSince: at,
    stageDates: reachStage(known.stageDates, stage, at),
    updatedAt: at,
  });
  events.push(event('platform', known.id, 'stage', at, known.stage, stage));
}
