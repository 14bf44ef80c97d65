import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { toRow, type AppRow } from '@/lib/db/log-rows';
import { readSummaries } from '@/lib/db/summaries';
import type { PlatformRecord } from '@/lib/model/records';
import { db } from '@/components/shared/db';

export interface Log {
  rows: AppRow[];
  platforms: PlatformRecord[];
  platformName: (id: string) => string;
}

/**
 * The whole log, live: a save in any tab or a change from the background re-runs the queries.
 * It reads application summaries, not full records (256 bucket records for any size of log);
 * the detail view reads one full record.
 */
export function useLog(): Log | undefined {
  const platforms = useLiveQuery(() => db.platforms.orderBy('updatedAt').reverse().toArray(), []);
  const rows = useLiveQuery(async () => (await readSummaries(db)).map(toRow), []);
  return useMemo(() => {
    if (!rows || !platforms) return undefined;
    const names = new Map(platforms.map((p) => [p.id, p.name]));
    return {
      rows,
      platforms,
      platformName: (id: string) => names.get(id) ?? id,
    };
  }, [rows, platforms]);
}
