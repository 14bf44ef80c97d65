import type { ImportPayload } from './payload';

/**
 * Problems no single record shows: the same id or listing key twice in one import. `where`
 * names a record's place in the file (row or array position). Stops after `limit` problems.
 */
export function findDuplicates(
  payload: ImportPayload,
  where: (kind: 'platforms' | 'applications' | 'events', index: number) => string,
  limit = Infinity,
): string[] {
  const problems: string[] = [];
  const check = <T>(
    kind: 'platforms' | 'applications' | 'events',
    items: T[],
    key: (t: T) => string,
    what: string,
  ) => {
    const first = new Map<string, number>();
    for (const [index, item] of items.entries()) {
      if (problems.length >= limit) return;
      const k = key(item);
      const earlier = first.get(k);
      if (earlier === undefined) first.set(k, index);
      else
        problems.push(
          `${where(kind, index)}: the ${what} "${k.slice(0, 80)}" is also used by ${where(kind, earlier)}.`,
        );
    }
  };
  check('platforms', payload.platforms, (p) => p.id, 'platform id');
  check('applications', payload.applications, (a) => a.id, 'application id');
  check('applications', payload.applications, (a) => a.listingKey, 'listing key');
  check('events', payload.events, (e) => e.id, 'event id');
  return problems;
}
