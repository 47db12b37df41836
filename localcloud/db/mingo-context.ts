import { Aggregator, Query } from 'mingo';
import fullContext from 'mingo/init/context';
import { Context, initOptions, type Options, type PipelineOperator } from 'mingo/core';
import { $lookup as $mingoLookup } from 'mingo/operators/pipeline';
import { dbErrors } from './errors';
import type { Doc } from './types';

/**
 * mingo's `$lookup` joining by an array puts `undefined` in the output for each element that matches nothing
 * (mingo 6.7.2: `flatten(local.map((v) => map.get(v)))`), which the wire sends as null. MongoDB matches each
 * element and lists only the documents found; so does this.
 */
const $lookup: PipelineOperator = (collection, expr, options) => {
  const joined = $mingoLookup(collection, expr, options);
  const as = (expr as { as: string }).as;
  return joined.map((doc) => {
    const found = (doc as Doc)[as];
    return Array.isArray(found) && found.includes(undefined)
      ? { ...(doc as Doc), [as]: found.filter((d) => d !== undefined) }
      : doc;
  });
};

/**
 * mingo with every operator registered, its `$lookup` as above (the operators added first are kept); scripts
 * ($where, $function) off, as on WeChat Cloud.
 */
const context = Context.merge(Context.init().addPipelineOps({ $lookup }), fullContext());
const baseOptions: Partial<Options> = { context, scriptEnabled: false, useStrictMode: true };

/**
 * The options resolved once. `new Query(filter, options)` resolves them on every call: it copies the whole
 * operator context (Context.from over every operator) and merges the query operators in again, about 0.4 ms
 * a query, which under a burst of conditional updates was the largest cost of the local database (issue 15
 * profile: 5 of 61 CPU seconds of a 2,000 sign-up burst). The full context already holds those operators,
 * so the compiled query is the same.
 */
const resolved = initOptions(baseOptions);
/** The class Query and Aggregator extend: they only add the option resolution above to its constructor. */
const QueryImpl = Object.getPrototypeOf(Query) as new (condition: Doc, options: Options) => Query;
const AggregatorImpl = Object.getPrototypeOf(Aggregator) as new (pipeline: Doc[], options: Options) => Aggregator;

export function compileFilter(filter: Doc | undefined): (doc: Doc) => boolean {
  if (!filter || !Object.keys(filter).length) return () => true;
  try {
    const query = new QueryImpl(filter, resolved);
    return (doc) => query.test(doc);
  } catch (err) {
    throw dbErrors.invalidOperator(`invalid query: ${(err as Error).message}`);
  }
}

export function sortDocs(docs: Doc[], sort: [string, 1 | -1][]): Doc[] {
  if (!sort.length) return docs;
  return runPipeline(docs, [{ $sort: Object.fromEntries(sort) }]);
}

export function projectDocs(docs: Doc[], projection: Doc | undefined): Doc[] {
  if (!projection || !Object.keys(projection).length) return docs;
  return runPipeline(docs, [{ $project: projection }]);
}

export function runPipeline(docs: Doc[], pipeline: Doc[], resolve?: (name: string) => Doc[]): Doc[] {
  try {
    const options: Options = resolve ? { ...resolved, collectionResolver: resolve } : resolved;
    return new AggregatorImpl(pipeline, options).run(docs) as Doc[];
  } catch (err) {
    throw dbErrors.requestFailed(`[FailedOperation] ${(err as Error).message}`);
  }
}
