import { decodeDoc, encodeDoc, parseWire } from '../ejson';
import { dbErrors } from '../errors';
import { findDocs } from '../finder';
import { runPipeline } from '../mingo-context';
import type { SortSpec } from '../planner';
import type { Doc } from '../types';
import { NO_LIMIT, collectionOf, reply, type ActionContext } from './context';

/** Without a $limit stage the cloud answers at most 20 aggregation results, as WeChat Cloud does. */
const DEFAULT_RESULT_LIMIT = 20;
/**
 * The most an aggregation answers even with a $limit. Undocumented by WeChat/CloudBase (users report up to
 * 10,000); the local cloud takes the stricter plausible value, get()'s documented maximum of 1,000 in a
 * function, and refuses a larger $limit so that code which does not page fails here (localcloud/db/README.md).
 */
export const MAX_AGGREGATE_RESULTS = 1000;

/** Refuses what WeChat Cloud would answer wrongly: a $limit over the cap, a $skip with no $sort before it. */
function checkPipeline(pipeline: Doc[]): void {
  let sorted = false;
  for (const stage of pipeline) {
    if ('$sort' in stage) sorted = true;
    if ('$limit' in stage && Number(stage.$limit) > MAX_AGGREGATE_RESULTS)
      throw dbErrors.invalidParam(
        `aggregate $limit ${stage.$limit} exceeds the ${MAX_AGGREGATE_RESULTS} results an aggregation may answer; page it`,
      );
    if ('$skip' in stage && !sorted)
      throw dbErrors.invalidParam('aggregate $skip without a $sort before it: results have no guaranteed order');
  }
}

interface WireStage {
  stageKey?: unknown;
  stageValue?: unknown;
}

function pipelineOf(ctx: ActionContext): Doc[] {
  const stages = ctx.body.stages;
  if (!Array.isArray(stages)) throw dbErrors.invalidParam('stages must be an array');
  return stages.map((stage: WireStage) => {
    if (typeof stage?.stageKey !== 'string' || !stage.stageKey.startsWith('$'))
      throw dbErrors.invalidParam('invalid aggregation stage');
    return { [stage.stageKey]: parseWire(stage.stageValue, ctx.now) };
  });
}

function loadAll(ctx: ActionContext, collection: string, filter?: Doc, sort: SortSpec = [], limit = NO_LIMIT): Doc[] {
  return findDocs(ctx.store, collection, filter, { sort, skip: 0, limit }).map((f) => f.doc ?? decodeDoc(f.text));
}

/**
 * A leading `$match`, `$sort` on plain fields, then only `$project` stages up to a `$limit`: SQL can sort
 * and cut the input itself (a page of a big collection without loading all of it). Answers the sort and
 * the limit to push down, or null.
 */
function pushDown(pipeline: Doc[]): { sort: SortSpec; limit: number } | null {
  const sortStage = pipeline[1]?.$sort as Doc | undefined;
  if (!('$match' in (pipeline[0] ?? {})) || !sortStage || typeof sortStage !== 'object') return null;
  const sort: SortSpec = Object.entries(sortStage).map(([path, dir]) => [path, Number(dir) === -1 ? -1 : 1]);
  for (const stage of pipeline.slice(2)) {
    if ('$limit' in stage) return { sort, limit: Number(stage.$limit) };
    if (!('$project' in stage)) return null;
  }
  return null;
}

/** Stages that read no other collection: what may follow the leading lookups that `keyedLookups` answers. */
const SELF_CONTAINED = new Set([
  '$match',
  '$project',
  '$addFields',
  '$set',
  '$unset',
  '$sort',
  '$limit',
  '$skip',
  '$unwind',
  '$group',
  '$count',
  '$replaceRoot',
  '$sortByCount',
  '$sample',
]);

/** Stages that compute each document from itself alone, which may come before the keyed lookups. */
const PER_DOCUMENT = new Set(['$addFields', '$set', '$project', '$unset']);

/**
 * The input with the per-document stages (above) that lead `rest` run on it, and the stages after them, when a
 * keyed lookup (below) follows them: the lookups then join by the fields those stages computed (an id made of
 * a constant and a field, say). Otherwise the input and the stages as they are. Either way the pipeline's
 * answer is the same: those stages would run on the same documents first.
 */
function runLeading(input: Doc[], rest: Doc[]): { input: Doc[]; rest: Doc[] } {
  let lead = 0;
  while (lead < rest.length && PER_DOCUMENT.has(Object.keys(rest[lead])[0])) lead++;
  if (!lead || !rest[lead] || !keyedLookup(rest[lead])) return { input, rest };
  return { input: runPipeline(input, rest.slice(0, lead)), rest: rest.slice(lead) };
}

/** An equality `$lookup` on the joined collection's `_id` by a top-level field: `{from, localField, foreignField: '_id', as}`. */
function keyedLookup(stage: Doc): { from: string; localField: string; as: string } | null {
  const spec = stage.$lookup as Doc | undefined;
  if (!spec || typeof spec !== 'object') return null;
  const { from, localField, foreignField, as } = spec;
  if (typeof from !== 'string' || typeof localField !== 'string' || typeof as !== 'string') return null;
  if (foreignField !== '_id' || 'pipeline' in spec || 'let' in spec || localField.includes('.')) return null;
  return { from, localField, as };
}

/**
 * The joined documents a pipeline can need when its stages after the leading `$match` begin with keyed lookups
 * (above) and read no other collection after them: for each joined collection, its documents whose `_id` is a
 * value of a local field (each element of an array, as MongoDB matches; a missing field is null, which no
 * `_id` equals). Read by key, so a lookup of one account's file costs that file, not the collection. Null when
 * the pipeline has any other shape: every joined collection is then read whole.
 */
function keyedLookups(ctx: ActionContext, input: Doc[], rest: Doc[]): Map<string, Doc[]> | null {
  const lookups: { from: string; localField: string; as: string }[] = [];
  let i = 0;
  for (; i < rest.length; i++) {
    const lookup = keyedLookup(rest[i]);
    if (!lookup) break;
    lookups.push(lookup);
  }
  if (!lookups.length || rest.slice(i).some((stage) => !SELF_CONTAINED.has(Object.keys(stage)[0]))) return null;
  // A lookup whose output replaces a field another lookup joins by would change what that one matches.
  if (lookups.some((a) => lookups.some((b) => b.localField === a.as || b.localField.startsWith(`${a.as}.`))))
    return null;
  const ids = new Map<string, Set<unknown>>();
  for (const { from, localField } of lookups) {
    const wanted = ids.get(from) ?? new Set<unknown>();
    ids.set(from, wanted);
    for (const doc of input)
      for (const value of [doc[localField]].flat()) if (value !== null && value !== undefined) wanted.add(value);
  }
  const joined = new Map<string, Doc[]>();
  for (const [from, wanted] of ids) {
    const name = ctx.store.requireCollection(from);
    joined.set(name, wanted.size ? loadAll(ctx, name, { _id: { $in: [...wanted] } }) : []);
  }
  return joined;
}

/** database.aggregateDocuments: aggregate()...end(). A leading $match is answered through the indexes. */
export function aggregateDocuments(ctx: ActionContext): unknown {
  const collection = collectionOf(ctx);
  const pipeline = pipelineOf(ctx);
  checkPipeline(pipeline);
  const first = pipeline[0]?.$match as Doc | undefined;
  const pushed = pushDown(pipeline);
  const input = loadAll(
    ctx,
    collection,
    first && typeof first === 'object' ? first : undefined,
    pushed?.sort,
    pushed?.limit,
  );
  const stages = first ? pipeline.slice(1) : pipeline;
  if (!pipeline.some((stage) => '$limit' in stage)) stages.push({ $limit: DEFAULT_RESULT_LIMIT });
  const { input: led, rest } = runLeading(input, stages);
  const keyed = keyedLookups(ctx, led, rest);
  const resolve = (name: string): Doc[] =>
    keyed?.get(ctx.store.requireCollection(name)) ?? loadAll(ctx, ctx.store.requireCollection(name));
  const out = runPipeline(led, rest, resolve);
  ctx.meta.meter.read(out.length);
  return reply(ctx, { data: { list: out.map(encodeDoc) } });
}
