import type { Database } from './sdk';

/**
 * The most one aggregation may answer. WeChat Cloud answers 20 without a $limit and caps what it answers
 * with one (undocumented; the local cloud refuses a $limit over 1,000, see localcloud/db/README.md).
 */
export const AGGREGATE_PAGE = 1000;

type Stage = Record<string, unknown>;

/**
 * One aggregation call, as it answers: for a pipeline whose results fit in one answer (it ends with its own
 * `$limit`, at most AGGREGATE_PAGE). Anything that may answer more pages through `aggregate` below.
 */
export async function aggregateOnce<T>(db: Database, collection: string, stages: Stage[]): Promise<T[]> {
  // The SDK's aggregate builder is untyped in places; each stage method takes the stage's value.
  let agg = db.collection(collection).aggregate() as unknown as Record<string, (v: unknown) => unknown> & {
    end(): Promise<{ list: T[] }>;
  };
  for (const stage of stages) {
    const [key, value] = Object.entries(stage)[0];
    agg = (agg[key.slice(1)] as (v: unknown) => typeof agg).call(agg, value);
  }
  return (await agg.end()).list;
}

/**
 * Every result of an aggregation pipeline through the SDK (`collection.aggregate()...end()`), however many:
 * paged by `_id` (every result must have a distinct `_id`, as documents and `$group` output do), at most
 * AGGREGATE_PAGE a call. Stages are plain objects `{ $match: ... }`.
 *
 * `cursorInFirstMatch`: the pipeline's results are the documents of its first `$match` (only `$project`-like
 * stages follow), so the cursor goes into that `$match` and an index on (filter, `_id`) serves every page;
 * otherwise the cursor is applied to the pipeline's output.
 */
export async function aggregate<T extends { _id: unknown }>(
  db: Database,
  collection: string,
  stages: Stage[],
  options: { cursorInFirstMatch?: boolean } = {},
): Promise<T[]> {
  const out: T[] = [];
  let after: unknown;
  for (;;) {
    const cursor = after === undefined ? {} : { _id: db.command.gt(after) };
    let pipeline: Stage[];
    if (options.cursorInFirstMatch && stages[0] && '$match' in stages[0]) {
      const match = { ...(stages[0].$match as Stage), ...cursor };
      pipeline = [{ $match: match }, { $sort: { _id: 1 } }, ...stages.slice(1), { $limit: AGGREGATE_PAGE }];
    } else {
      pipeline = [...stages, { $sort: { _id: 1 } }];
      if (after !== undefined) pipeline.push({ $match: cursor });
      pipeline.push({ $limit: AGGREGATE_PAGE });
    }
    const page = await aggregateOnce<T>(db, collection, pipeline);
    out.push(...page);
    if (page.length < AGGREGATE_PAGE) return out;
    after = page[page.length - 1]._id;
  }
}
