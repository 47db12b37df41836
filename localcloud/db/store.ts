import Database from 'better-sqlite3';
import { encodeDoc } from './ejson';
import { dbErrors } from './errors';
import { kindAt } from './key-paths';
import { PathKinds } from './path-kinds';
import type { QueryShapeLog } from './query-shapes';
import {
  createCollectionTable,
  createMetaTables,
  dropCollectionTable,
  isValidCollectionName,
  syncIndexes,
  tableName,
} from './schema';
import type { CollectionIndexes, Doc, DocId } from './types';

export interface Row {
  rid: number;
  id: DocId;
  doc: string;
}

/**
 * The store of record. WAL with synchronous=NORMAL: a commit is in the WAL file (the OS page cache) before
 * better-sqlite3 returns, so an acknowledged write survives kill -9 of this process; only an OS crash or
 * power cut could lose the last commits, which is not what the local cloud must survive.
 */
export class Store {
  readonly db: Database.Database;
  readonly kinds: PathKinds;
  /** Where query shapes are recorded for the readiness check, when asked for (see query-shapes.ts). */
  shapes?: QueryShapeLog;
  private readonly collections = new Set<string>();
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    file: string | undefined,
    readonly indexes: CollectionIndexes,
  ) {
    this.db = new Database(file ?? ':memory:');
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    createMetaTables(this.db);
    this.kinds = new PathKinds(this.db, indexes);
    this.open();
  }

  private open(): void {
    const names = (this.db.prepare('SELECT name FROM _collections').all() as { name: string }[]).map((r) => r.name);
    for (const name of names) this.collections.add(name);
    for (const name of this.collections) {
      syncIndexes(this.db, name, this.indexes[name] ?? []);
      this.kinds.load(name, (fn) => this.scan(name, fn));
    }
    for (const name of Object.keys(this.indexes)) if (!this.collections.has(name)) this.createCollection(name);
  }

  hasCollection(name: string): boolean {
    return this.collections.has(name);
  }

  collectionNames(): string[] {
    return [...this.collections].sort();
  }

  /** Throws the cloud's "collection does not exist" unless it does. */
  requireCollection(name: unknown): string {
    if (typeof name !== 'string' || !this.collections.has(name)) throw dbErrors.collectionNotExist(String(name));
    return name;
  }

  createCollection(name: string): void {
    if (!isValidCollectionName(name)) throw dbErrors.invalidParam(`invalid collection name: ${name}`);
    if (this.collections.has(name)) throw dbErrors.collectionExists(name);
    this.transaction(() => {
      createCollectionTable(this.db, name);
      syncIndexes(this.db, name, this.indexes[name] ?? []);
      this.db.prepare('INSERT INTO _collections (name, created_at) VALUES (?, ?)').run(name, new Date().toISOString());
      this.kinds.load(name, () => undefined);
    });
    this.collections.add(name);
  }

  statement(sql: string): Database.Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  getText(collection: string, id: DocId): string | undefined {
    const row = this.statement(`SELECT doc FROM ${tableName(collection)} WHERE id = ?`).get(id) as
      | { doc: string }
      | undefined;
    return row?.doc;
  }

  /**
   * Inserts or replaces the document with its _id, and records its value kinds in the same transaction. `text`:
   * the document already encoded (encodeDoc), when the caller has it.
   */
  write(collection: string, doc: Doc, mode: 'insert' | 'replace', text: string = encodeDoc(doc)): string {
    const id = doc._id as DocId;
    const run = () => {
      if (mode === 'insert')
        this.statement(`INSERT INTO ${tableName(collection)} (id, doc) VALUES (?, ?)`).run(id, text);
      else this.statement(`UPDATE ${tableName(collection)} SET doc = ? WHERE id = ?`).run(text, id);
      this.kinds.observe(collection, (path) => kindAt(doc, path));
    };
    try {
      if (this.db.inTransaction) run();
      else this.transaction(run);
    } catch (err) {
      const e = err as { code?: string; message?: string };
      if (e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
        const index = /index '([^']+)'/.exec(e.message ?? '')?.[1] ?? '_id_';
        throw dbErrors.duplicate(collection, index, index === '_id_' ? { _id: id } : {});
      }
      throw err;
    }
    return text;
  }

  delete(collection: string, id: DocId): boolean {
    return this.statement(`DELETE FROM ${tableName(collection)} WHERE id = ?`).run(id).changes > 0;
  }

  scan(collection: string, fn: (row: Row) => void): void {
    for (const row of this.statement(`SELECT rid, id, doc FROM ${tableName(collection)} ORDER BY rid`).iterate())
      fn(row as Row);
  }

  count(collection: string): number {
    return (this.statement(`SELECT COUNT(*) AS n FROM ${tableName(collection)}`).get() as { n: number }).n;
  }

  /** Drops every collection and recreates the declared ones, empty. */
  reset(): void {
    this.transaction(() => {
      for (const name of this.collections) dropCollectionTable(this.db, name);
      this.db.exec('DELETE FROM _collections; DELETE FROM _path_kinds;');
    });
    this.statements.clear();
    this.collections.clear();
    this.kinds.clear();
    for (const name of Object.keys(this.indexes)) this.createCollection(name);
  }

  close(): void {
    this.statements.clear();
    if (this.db.open) this.db.close();
  }
}
