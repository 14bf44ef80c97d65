import {
  cmp,
  type DBCore,
  type DBCoreRangeType,
  type DBCoreKeyRange,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type Middleware,
} from 'dexie';
import type {
  ApplicationBucket,
  ApplicationRecord,
  ApplicationSummary,
  SummaryBucket,
} from '../model/records';
import { ALL_BUCKETS, bucketOf, groupByBucket, inTurn, itemsOf } from './buckets';
import type { LogTables } from './tables';

/**
 * The dashboard lists every application at once. Reading 10,000 full records (each with its
 * listing text and analysis evidence) takes seconds on a slow machine, so each application also
 * has a small summary, kept in `summaryBuckets` (see buckets.ts) by the middleware below: any
 * write to `applicationBuckets`, from any code path, updates the matching summaries in the same
 * transaction.
 */
export function summarise(a: ApplicationRecord): ApplicationSummary {
  const summary: ApplicationSummary = {
    id: a.id,
    title: a.listing.title,
    company: a.listing.company,
    url: a.listing.url,
    platformId: a.platformId,
    stage: a.stage,
    stageSince: a.stageSince,
    stageDates: a.stageDates,
    taskTypes: a.analysis?.taskTypes.map((t) => t.id) ?? [],
    payNoted: a.payNoted,
    tags: a.tags,
    notes: a.notes,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
  if (a.analysis) summary.risk = a.analysis.risk.level;
  if (a.outcome) summary.outcome = a.outcome;
  if (a.outcomeAt) summary.outcomeAt = a.outcomeAt;
  return summary;
}

/**
 * The id of a record beside the buckets that holds the most recently changed summaries, so the
 * dashboard can show those before it has read every bucket. A deletion takes its summary out and
 * nothing refills the gap until later changes; the full read follows at once anyway.
 */
const RECENT_SUMMARIES = -1;
export const RECENT_COUNT = 60;

/** The most recently changed summaries, newest first. */
function mostRecent(summaries: readonly ApplicationSummary[]): ApplicationSummary[] {
  return [...summaries]
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
    .slice(0, RECENT_COUNT);
}

const SOURCE = 'applicationBuckets';
const MIRROR = 'summaryBuckets';
/** DBCoreRangeType.Any: Dexie declares the enum `const`, so it has no value at run time. */
const WHOLE_TABLE = 3 as DBCoreRangeType;

/** Whether `key` lies in a DBCore key range, compared as IndexedDB orders keys. */
function inRange(key: number, range: DBCoreKeyRange): boolean {
  const { lower, upper, lowerOpen, upperOpen } = range;
  if (lower !== undefined && lower !== null) {
    const c = cmp(key, lower);
    if (c < 0 || (c === 0 && lowerOpen)) return false;
  }
  if (upper !== undefined && upper !== null) {
    const c = cmp(key, upper);
    if (c > 0 || (c === 0 && upperOpen)) return false;
  }
  return true;
}

/**
 * Applies a write of application buckets to the summary buckets of the same ids, and to the
 * record of recent summaries, in the same transaction. Summary bucket n summarises application
 * bucket n, so it is rebuilt whole from what was written.
 */
async function mirror(
  summaryBuckets: DBCoreTable,
  req: DBCoreMutateRequest,
  res: DBCoreMutateResponse,
  made: readonly SummaryBucket[],
) {
  const trans = req.trans;
  if (req.type === 'deleteRange' && req.range.type === WHOLE_TABLE) {
    await write(summaryBuckets, { type: 'deleteRange', trans, range: req.range });
    return;
  }
  let written: SummaryBucket[] = [];
  let deleted: number[] = [];
  if (req.type === 'add' || req.type === 'put') written = made.filter((_, i) => !res.failures[i]);
  else if (req.type === 'delete') deleted = (req.keys as number[]).filter((_, i) => !res.failures[i]);
  else deleted = ALL_BUCKETS.filter((id) => inRange(id, req.range));
  if (written.length) {
    await write(summaryBuckets, { type: 'put', trans, values: written, keys: written.map((b) => b.id) });
  }
  if (deleted.length) await write(summaryBuckets, { type: 'delete', trans, keys: deleted });
  const touched = new Set([...written.map((b) => b.id), ...deleted]);
  if (!touched.size) return;
  const stored = (await summaryBuckets.get({ trans, key: RECENT_SUMMARIES })) as SummaryBucket | undefined;
  const kept = (stored?.summaries ?? []).filter((s) => !touched.has(bucketOf(s.id)));
  const recent = mostRecent([...kept, ...written.flatMap((b) => b.summaries)]);
  if (recent.length) {
    const value = { id: RECENT_SUMMARIES, summaries: recent };
    await write(summaryBuckets, { type: 'put', trans, values: [value], keys: [RECENT_SUMMARIES] });
  } else if (stored) {
    await write(summaryBuckets, { type: 'delete', trans, keys: [RECENT_SUMMARIES] });
  }
}

/** A write to the buckets; Dexie reports a failed record in the answer, this throws it. */
async function write(buckets: DBCoreTable, req: DBCoreMutateRequest) {
  const res = await buckets.mutate(req);
  if (res.numFailures) throw Object.values(res.failures)[0] ?? new Error('A summary could not be saved.');
}

export const summaryMirror: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ApplicationSummaries',
  create: (down) => ({
    ...down,
    // A write transaction over applications always includes the summaries too.
    transaction: (stores, mode, options) =>
      down.transaction(
        mode === 'readwrite' && stores.includes(SOURCE) && !stores.includes(MIRROR)
          ? [...stores, MIRROR]
          : stores,
        mode,
        options,
      ),
    table: (name) => {
      const table = down.table(name);
      if (name !== SOURCE) return table;
      return {
        ...table,
        mutate: async (req) => {
          const trans = req.trans as unknown as IDBTransaction;
          // Made before the write, so a record that cannot be summarised is never stored.
          const made =
            req.type === 'add' || req.type === 'put'
              ? (req.values as ApplicationBucket[]).map((b) => ({
                  id: b.id,
                  summaries: b.applications.map(summarise),
                }))
              : [];
          const res = await table.mutate(req);
          try {
            await inTurn(req.trans, () => mirror(down.table(MIRROR), req, res, made));
          } catch (error) {
            // The applications were written: without their summaries nothing of it may stay.
            try {
              trans.abort();
            } catch {
              // Already over, and with it the write.
            }
            throw error;
          }
          return res;
        },
      };
    },
  }),
};

/** Every summary, from all buckets, in no particular order. */
export async function readSummaries(db: LogTables): Promise<ApplicationSummary[]> {
  const buckets = await db.summaryBuckets.where(':id').aboveOrEqual(0).toArray();
  return itemsOf(buckets, (bucket) => bucket.summaries);
}

/**
 * The most recently changed summaries (see RECENT_SUMMARIES), newest first; undefined when there
 * is no such record (an empty log).
 */
export async function readRecentSummaries(db: LogTables): Promise<ApplicationSummary[] | undefined> {
  return (await db.summaryBuckets.get(RECENT_SUMMARIES))?.summaries;
}

/** The summary buckets of a set of applications, built whole (a database upgrade, a benchmark's seed). */
export function bucketSummaries(applications: readonly ApplicationRecord[]): SummaryBucket[] {
  const summaries = applications.map(summarise);
  const buckets = groupByBucket(summaries, (summary) => summary.id);
  const recent = { id: RECENT_SUMMARIES, summaries: mostRecent(summaries) };
  return [
    ...[...buckets].map(([id, list]) => ({ id, summaries: list })),
    ...(summaries.length ? [recent] : []),
  ];
}
