import type Database from 'better-sqlite3';
import { sqlPathExpr } from './key-paths';
import type { IndexSpec } from './types';

/**
 * One table per collection, `c_<name>(rid INTEGER PRIMARY KEY, id UNIQUE, doc TEXT)`: rid keeps insertion
 * (natural) order, `id` has no type so string and number _ids never coerce, `doc` is the whole document.
 * Declared indexes are SQLite expression indexes over json_extract, maintained by SQLite itself.
 * Chosen over one shared table with a collection column: per-collection indexes stay small and need no
 * collection prefix, and dropping or counting a collection touches only its own b-trees.
 */
const COLLECTION_NAME = /^[A-Za-z0-9_-]{1,64}$/;

export function isValidCollectionName(name: unknown): name is string {
  return typeof name === 'string' && COLLECTION_NAME.test(name);
}

export const tableName = (collection: string): string => `"c_${collection}"`;
const indexName = (collection: string, index: string): string => `ix_${collection}__${index}`;

export function createMetaTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS _collections (name TEXT PRIMARY KEY, created_at TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS _path_kinds (coll TEXT NOT NULL, path TEXT NOT NULL, mask INTEGER NOT NULL,
      PRIMARY KEY (coll, path));
  `);
}

export function createCollectionTable(db: Database.Database, collection: string): void {
  db.exec(`CREATE TABLE IF NOT EXISTS ${tableName(collection)} (
    rid INTEGER PRIMARY KEY, id NOT NULL UNIQUE, doc TEXT NOT NULL)`);
}

function indexDdl(collection: string, spec: IndexSpec): string {
  const columns = spec.keys.map(([path, dir]) => `${sqlPathExpr(path)} ${dir === -1 ? 'DESC' : 'ASC'}`).join(', ');
  const unique = spec.unique ? 'UNIQUE ' : '';
  return `CREATE ${unique}INDEX "${indexName(collection, spec.name)}" ON ${tableName(collection)} (${columns})`;
}

/** Makes the collection's SQLite indexes equal the declaration: creates new or changed ones, drops stale ones. */
export function syncIndexes(db: Database.Database, collection: string, specs: IndexSpec[]): void {
  const prefix = `ix_${collection}__`;
  const existing = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?`)
    .all(`c_${collection}`) as { name: string; sql: string | null }[];
  const wanted = new Map(specs.map((s) => [indexName(collection, s.name), indexDdl(collection, s)]));
  for (const { name, sql } of existing) {
    if (!name.startsWith(prefix)) continue;
    if (wanted.get(name) !== sql) db.exec(`DROP INDEX "${name}"`);
  }
  const present = new Set(existing.filter((e) => wanted.get(e.name) === e.sql).map((e) => e.name));
  for (const [name, ddl] of wanted) if (!present.has(name)) db.exec(ddl);
}

export function dropCollectionTable(db: Database.Database, collection: string): void {
  db.exec(`DROP TABLE IF EXISTS ${tableName(collection)}`);
}

/** The paths whose value kinds we track: _id and every indexed path. */
export function trackedPaths(specs: IndexSpec[] | undefined): string[] {
  const paths = new Set<string>(['_id']);
  for (const spec of specs ?? []) for (const [path] of spec.keys) paths.add(path);
  return [...paths];
}
