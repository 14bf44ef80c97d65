import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { toRow, type AppRow } from '@/lib/db/log-rows';
import { readRecentSummaries, readSummaries } from '@/lib/db/summaries';
import type { PlatformRecord } from '@/lib/model/records';
import { db } from '@/components/shared/db';

export interface Log {
  rows: AppRow[];
  /** False while only the most recent rows are loaded. */
  complete: boolean;
  platforms: PlatformRecord[];
  platformName: (id: string) => string;
}

/**
 * The whole log, live: a save in any tab or a change from the background re-runs the queries.
 * It reads application summaries, not full records; the detail view reads one full record.
 * The most recently changed few (kept in one record of their own) come first, so a big log shows
 * at once while the rest loads.
 */
export function useLog(): Log | undefined {
  const platforms = useLiveQuery(() => db.platforms.orderBy('updatedAt').reverse().toArray(), []);
  // The first page: undefined while it is read, null when there is none to show.
  const [recent, setRecent] = useState<AppRow[] | null>();
  useEffect(() => {
    let live = true;
    readRecentSummaries(db).then(
      (rows) => live && setRecent(rows?.length ? rows.map(toRow) : null),
      () => live && setRecent(null),
    );
    return () => {
      live = false;
    };
  }, []);
  // The full read starts once the first page is in: IndexedDB would otherwise serve it first.
  const started = recent !== undefined;
  const all = useLiveQuery(
    async () => (started ? (await readSummaries(db)).map(toRow) : undefined),
    [started],
  );
  const rows = all ?? recent ?? undefined;
  return useMemo(() => {
    if (!rows || !platforms) return undefined;
    const names = new Map(platforms.map((p) => [p.id, p.name]));
    return {
      rows,
      complete: all !== undefined,
      platforms,
      platformName: (id: string) => names.get(id) ?? id,
    };
  }, [rows, all, platforms]);
}
