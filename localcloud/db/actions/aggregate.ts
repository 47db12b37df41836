import { decodeDoc, encodeDoc, parseWire } from '../ejson';
import { dbErrors } from '../errors';
import { findDocs } from '../finder';
import { runPipeline } from '../mingo-context';
import type { Doc } from '../types';
import { NO_LIMIT, collectionOf, reply, type ActionContext } from './context';

/** Without a $limit stage the cloud answers at most 20 aggregation results, as WeChat Cloud does. */
const DEFAULT_RESULT_LIMIT = 20;

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

function loadAll(ctx: ActionContext, collection: string, filter?: Doc): Doc[] {
  return findDocs(ctx.store, collection, filter, { sort: [], skip: 0, limit: NO_LIMIT }).map(
    (f) => f.doc ?? decodeDoc(f.text),
  );
}

/** database.aggregateDocuments: aggregate()...end(). A leading $match is answered through the indexes. */
export function aggregateDocuments(ctx: ActionContext): unknown {
  const collection = collectionOf(ctx);
  const pipeline = pipelineOf(ctx);
  const first = pipeline[0]?.$match as Doc | undefined;
  const input = loadAll(ctx, collection, first && typeof first === 'object' ? first : undefined);
  const rest = first ? pipeline.slice(1) : pipeline;
  if (!pipeline.some((stage) => '$limit' in stage)) rest.push({ $limit: DEFAULT_RESULT_LIMIT });
  const resolve = (name: string): Doc[] => loadAll(ctx, ctx.store.requireCollection(name));
  const out = runPipeline(input, rest, resolve);
  ctx.meta.meter.read(out.length);
  return reply(ctx, { data: { list: out.map(encodeDoc) } });
}
