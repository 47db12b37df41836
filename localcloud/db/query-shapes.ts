import fs from 'node:fs';
import type { QueryPlan, SortSpec } from './planner';
import { tableName } from './schema';
import type { Store } from './store';
import type { Doc } from './types';

/**
 * The shapes of the queries the SDK sent (collection, filtered fields, sort), whether SQLite served them
 * through a declared index, and how many documents the collection held. Static scanning cannot see keys
 * built at run time, so the readiness check (scripts/readiness.ts) reads what the local cloud recorded while
 * the suite ran. One JSON line per new shape (again when the collection has grown past the next power of 2),
 * appended to the file named by LocalDatabaseOptions.queryShapesFile or VETGRID_QUERY_SHAPES: Jest workers
 * append to the same file.
 */
export interface QueryShape {
  collection: string;
  /** Filtered dot paths (operators dropped), sorted. */
  fields: string[];
  sort: string[];
  /** SQLite answered through an index (a declared one or _id), not by scanning the collection. */
  indexed: boolean;
  /** Documents in the collection when the shape was recorded. */
  docs: number;
}

export class QueryShapeLog {
  /** Per shape: the size bucket last written, and how often it was seen (sizes are re-read every 64th). */
  private readonly seen = new Map<string, { bucket: number; hits: number }>();

  constructor(private readonly file: string) {}

  note(store: Store, collection: string, filter: Doc | undefined, sort: SortSpec, plan: QueryPlan): void {
    const fields = fieldsOf(filter).sort();
    if (fields.length === 0 && sort.length === 0) return; // a plain page of a collection: no index needed
    const sortKeys = sort.map(([path, dir]) => `${path}:${dir}`);
    const key = `${collection}|${plan.where}|${plan.order ?? ''}|${fields.join(',')}|${sortKeys.join(',')}`;
    const known = this.seen.get(key);
    if (known && ++known.hits % 64 !== 0) return;
    const docs = store.count(collection);
    const bucket = docs === 0 ? 0 : Math.ceil(Math.log2(docs));
    if (known && known.bucket >= bucket) return;
    this.seen.set(key, { bucket, hits: known?.hits ?? 0 });
    const shape: QueryShape = { collection, fields, sort: sortKeys, indexed: usesIndex(store, collection, plan), docs };
    fs.appendFileSync(this.file, `${JSON.stringify(shape)}\n`);
  }
}

function usesIndex(store: Store, collection: string, plan: QueryPlan): boolean {
  const sql = `SELECT id FROM ${tableName(collection)} WHERE ${plan.where} ORDER BY ${plan.order ?? 'rid'}`;
  const lines = store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...plan.params) as { detail: string }[];
  return lines.some((l) => /USING (COVERING )?INDEX|USING (INTEGER )?PRIMARY KEY/.test(l.detail));
}

function fieldsOf(filter: Doc | undefined, into = new Set<string>()): string[] {
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (key === '$and' || key === '$or' || key === '$nor') {
      if (Array.isArray(value)) for (const part of value) fieldsOf(part as Doc, into);
    } else if (!key.startsWith('$')) into.add(key);
  }
  return [...into];
}
