import { TaskLensDb } from '@/lib/db/database';
import type { LogContents } from '@/lib/transfer/payload';
import { mergeIntoBuckets } from '@/lib/db/history';

export function freshDb(): TaskLensDb {
  return new TaskLensDb(`transfer-${crypto.randomUUID()}`);
}

export async function fill(db: TaskLensDb, log: LogContents) {
  await db.transaction('rw', db.platforms, db.applications, db.historyBuckets, async () => {
    await db.platforms.bulkAdd(log.platforms);
    await db.applications.bulkAdd(log.applications);
    await db.historyBuckets.bulkAdd(mergeIntoBuckets(log.events));
  });
}

/** Records in a stable order, so two logs compare regardless of how they were read. */
export function sorted(log: LogContents): LogContents {
  const byId = <T extends { id: string }>(list: T[]) =>
    [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { platforms: byId(log.platforms), applications: byId(log.applications), events: byId(log.events) };
}

export function fileOf(name: string, text: string) {
  return { name, bytes: new TextEncoder().encode(text) };
}
