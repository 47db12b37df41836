import { decodeDoc } from './ejson';
import { compileFilter, sortDocs } from './mingo-context';
import { planQuery, UNORDERED, type QueryPlan, type SortSpec } from './planner';
import { tableName } from './schema';
import type { Store } from './store';
import type { Doc, DocId } from './types';

/** A matched document: its stored text (answered as is when no projection applies) and, if loaded, the value. */
export interface Found {
  id: DocId;
  text: string;
  doc?: Doc;
}

export interface FindOptions {
  sort: SortSpec;
  skip: number;
  limit: number;
  /** Insertion order when `sort` is empty (the inspector's view); SDK reads never ask for it. */
  insertionOrder?: boolean;
}

export function plan(store: Store, collection: string, filter: Doc | undefined, sort: SortSpec = []): QueryPlan {
  return planQuery(filter, sort, (path) => store.kinds.mask(collection, path));
}

/** Finds documents: SQL answers alone when the plan is exact and ordered, else SQL prefilters and mingo decides. */
export function findDocs(store: Store, collection: string, filter: Doc | undefined, opts: FindOptions): Found[] {
  const p = plan(store, collection, filter, opts.sort);
  if (opts.insertionOrder && opts.sort.length === 0) p.order = 'rid';
  else store.shapes?.note(store, collection, filter, opts.sort, p);
  const table = tableName(collection);
  if (p.exact && p.order !== null) {
    const sql = `SELECT id, doc AS text FROM ${table} WHERE ${p.where} ORDER BY ${p.order} LIMIT ? OFFSET ?`;
    return store.statement(sql).all(...p.params, opts.limit, opts.skip) as Found[];
  }
  const test = p.exact ? () => true : compileFilter(filter);
  const wanted = opts.skip + opts.limit;
  const found: Found[] = [];
  const sql = `SELECT id, doc AS text FROM ${table} WHERE ${p.where} ORDER BY ${p.order ?? UNORDERED}`;
  for (const row of store.statement(sql).iterate(...p.params) as IterableIterator<Found>) {
    const doc = decodeDoc(row.text);
    if (!test(doc)) continue;
    found.push({ ...row, doc });
    if (p.order !== null && found.length >= wanted) break;
  }
  const ordered = p.order !== null ? found : sortFound(found, opts.sort);
  return ordered.slice(opts.skip, wanted);
}

function sortFound(found: Found[], sort: SortSpec): Found[] {
  const byDoc = new Map(found.map((f) => [f.doc as Doc, f]));
  return sortDocs([...byDoc.keys()], sort).map((doc) => byDoc.get(doc) as Found);
}

export function countDocs(store: Store, collection: string, filter: Doc | undefined, record = true): number {
  const p = plan(store, collection, filter);
  if (record) store.shapes?.note(store, collection, filter, [], p);
  const table = tableName(collection);
  if (p.exact) {
    return (store.statement(`SELECT COUNT(*) AS n FROM ${table} WHERE ${p.where}`).get(...p.params) as { n: number }).n;
  }
  const test = compileFilter(filter);
  let n = 0;
  for (const row of store.statement(`SELECT doc FROM ${table} WHERE ${p.where}`).iterate(...p.params)) {
    if (test(decodeDoc((row as { doc: string }).doc))) n += 1;
  }
  return n;
}

/** SQLite's plan for a find: lines of EXPLAIN QUERY PLAN, for tests and the inspector. */
export function explainFind(store: Store, collection: string, filter: Doc | undefined, sort: SortSpec = []): string[] {
  const p = plan(store, collection, filter, sort);
  const sql = `SELECT id, doc FROM ${tableName(collection)} WHERE ${p.where} ORDER BY ${p.order ?? UNORDERED}`;
  const rows = store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...p.params) as { detail: string }[];
  return rows.map((r) => r.detail);
}
