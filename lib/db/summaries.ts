import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware } from 'dexie';
import type { ApplicationRecord, ApplicationSummary } from '../model/records';

/**
 * The dashboard lists every application at once. Reading 10,000 full records (each with its
 * listing text and analysis evidence) takes seconds on a slow machine, so each application also
 * has a small summary in `summaries`, kept in step by the middleware below: any write to
 * `applications`, from any code path, writes the matching summaries in the same transaction.
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

const SOURCE = 'applications';
const MIRROR = 'summaries';

async function mirror(summaries: DBCoreTable, req: DBCoreMutateRequest, res: DBCoreMutateResponse) {
  const trans = req.trans;
  if (req.type === 'add' || req.type === 'put') {
    const values = req.values.filter((_, i) => !res.failures[i]) as ApplicationRecord[];
    if (values.length) await summaries.mutate({ type: 'put', trans, values: values.map(summarise) });
  } else if (req.type === 'delete') {
    const keys = req.keys.filter((_, i) => !res.failures[i]);
    if (keys.length) await summaries.mutate({ type: 'delete', trans, keys });
  } else {
    await summaries.mutate({ type: 'deleteRange', trans, range: req.range });
  }
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
          const res = await table.mutate(req);
          await mirror(down.table(MIRROR), req, res);
          return res;
        },
      };
    },
  }),
};
