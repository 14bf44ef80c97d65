import { PlatformRecord, type ApplicationRecord } from '../model/records';
import { stageIndex, STAGES } from '../model/stages';

/**
 * An applications CSV carries each platform's name but not its onboarding record (that is in the
 * JSON backup). So that imported applications do not point at nothing, each platform they name
 * gets a plain record: the furthest stage its applications reached, with the earliest dates.
 */
export function platformsImpliedBy(applications: ApplicationRecord[], names: string[]): PlatformRecord[] {
  const byId = new Map<string, PlatformRecord>();
  applications.forEach((a, i) => {
    const known = byId.get(a.platformId);
    if (!known) {
      byId.set(a.platformId, {
        id: a.platformId,
        name: (names[i] || a.platformId).slice(0, 200),
        stage: a.stage,
        stageSince: a.stageSince,
        stageDates: { ...a.stageDates },
        requirements: [],
        unpaidHours: 0,
        notes: '',
        createdAt: a.createdAt,
        updatedAt: a.updatedAt,
      });
      return;
    }
    if (stageIndex(a.stage) > stageIndex(known.stage)) {
      known.stage = a.stage;
      known.stageSince = a.stageSince;
    }
    for (const s of STAGES) {
      const date = a.stageDates[s];
      if (date && (!known.stageDates[s] || date < known.stageDates[s]!)) known.stageDates[s] = date;
    }
    if (a.createdAt < known.createdAt) known.createdAt = a.createdAt;
    if (a.updatedAt > known.updatedAt) known.updatedAt = a.updatedAt;
  });
  return [...byId.values()].filter((p) => PlatformRecord.safeParse(p).success);
}
