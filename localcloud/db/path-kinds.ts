import type Database from 'better-sqlite3';
import { decodeDoc } from './ejson';
import { kindAt } from './key-paths';
import { trackedPaths } from './schema';
import type { CollectionIndexes } from './types';

/**
 * The value kinds each indexed path has held (see key-paths.ts). Masks only grow (a delete never narrows
 * them), are persisted with the data they describe (same SQLite transaction), and are rebuilt by one scan
 * when an index is declared on a collection that already holds documents.
 */
export class PathKinds {
  private readonly masks = new Map<string, Map<string, number>>();

  constructor(
    private readonly db: Database.Database,
    private readonly indexes: CollectionIndexes,
  ) {}

  load(collection: string, scan: (fn: (row: { doc: string }) => void) => void): void {
    const saved = this.db.prepare('SELECT path, mask FROM _path_kinds WHERE coll = ?').all(collection) as {
      path: string;
      mask: number;
    }[];
    const masks = new Map(saved.map((r) => [r.path, r.mask]));
    const missing = trackedPaths(this.indexes[collection]).filter((p) => !masks.has(p));
    if (missing.length) {
      for (const path of missing) masks.set(path, 0);
      scan((row) => {
        const doc = decodeDoc(row.doc);
        for (const path of missing) masks.set(path, (masks.get(path) ?? 0) | kindAt(doc, path));
      });
      const save = this.db.prepare('INSERT OR REPLACE INTO _path_kinds (coll, path, mask) VALUES (?, ?, ?)');
      for (const path of missing) save.run(collection, path, masks.get(path));
    }
    this.masks.set(collection, masks);
  }

  mask(collection: string, path: string): number | undefined {
    return this.masks.get(collection)?.get(path);
  }

  /** Records the kinds a written document holds at every tracked path of its collection. */
  observe(collection: string, kindOf: (path: string) => number): void {
    let masks = this.masks.get(collection);
    if (!masks) {
      masks = new Map(trackedPaths(this.indexes[collection]).map((p) => [p, 0]));
      this.masks.set(collection, masks);
    }
    for (const [path, mask] of masks) {
      const next = mask | kindOf(path);
      if (next === mask) continue;
      masks.set(path, next);
      this.db
        .prepare('INSERT OR REPLACE INTO _path_kinds (coll, path, mask) VALUES (?, ?, ?)')
        .run(collection, path, next);
    }
  }

  clear(): void {
    this.masks.clear();
  }
}
