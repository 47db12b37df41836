import { Aggregator, Query } from 'mingo';
import fullContext from 'mingo/init/context';
import type { Options } from 'mingo/core';
import { dbErrors } from './errors';
import type { Doc } from './types';

/** mingo with every operator registered; scripts ($where, $function) off, as on WeChat Cloud. */
const context = fullContext();
const baseOptions: Partial<Options> = { context, scriptEnabled: false, useStrictMode: true };

export function compileFilter(filter: Doc | undefined): (doc: Doc) => boolean {
  if (!filter || !Object.keys(filter).length) return () => true;
  try {
    const query = new Query(filter, baseOptions);
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
    const options: Partial<Options> = resolve ? { ...baseOptions, collectionResolver: resolve } : baseOptions;
    return new Aggregator(pipeline, options).run(docs) as Doc[];
  } catch (err) {
    throw dbErrors.requestFailed(`[FailedOperation] ${(err as Error).message}`);
  }
}
