import type { TaskLensDb } from '@/lib/db/database';
import type { LogContents } from '@/lib/transfer/payload';
import { mergeIntoBuckets } from '@/lib/db/history';
import { putApplications } from '@/lib/db/applications';
import { byId } from '../db/fixtures';

export { freshDb } from '../db/fixtures';

export async function fill(db: TaskLensDb, log: LogContents) {
  await db.transaction('rw', db.platforms, db.applicationBuckets, db.historyBuckets, async () => {
    await db.platforms.bulkAdd(log.platforms);
    await putApplications(db, log.applications);
    await db.historyBuckets.bulkAdd(mergeIntoBuckets(log.events));
  });
}

/** Records in a stable order, so two logs compare regardless of how they were read. */
export function sorted(log: LogContents): LogContents {
  const sortedById = <T extends { id: string }>(list: T[]) => [...list].sort(byId);
  return {
    platforms: sortedById(log.platforms),
    applications: sortedById(log.applications),
    events: sortedById(log.events),
  };
}

export function fileOf(name: string, text: string) {
  return { name, bytes: new TextEncoder().encode(text) };
}
