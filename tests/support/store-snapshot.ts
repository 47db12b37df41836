import type Database from 'better-sqlite3';
import type { LocalCloud } from '../../localcloud';

/**
 * A copy of every document of an in-memory local cloud, restorable in tens of milliseconds (seeding the
 * tiny district takes seconds). Suites that write a lot (the authorization matrix, the fuzz suite) seed
 * once, snapshot, and restore whenever a call wrote something.
 *
 * It reads the store's SQLite tables directly: each collection is one table `c_<name>` of (rid, id, doc). The value
 * kinds the store tracks per indexed path only ever grow (a delete never narrows them), so keeping the
 * kinds learnt after the snapshot is what the store itself does after a delete.
 */
export interface StoreSnapshot {
  restore(): void;
}

function sqliteOf(cloud: LocalCloud): Database.Database {
  const store = (cloud.db as unknown as { store?: { db?: Database.Database } }).store;
  if (!store?.db) throw new Error('store-snapshot: the local cloud no longer keeps its SQLite handle at db.store.db');
  return store.db;
}

export function snapshotStore(cloud: LocalCloud): StoreSnapshot {
  const sqlite = sqliteOf(cloud);
  const tables = (
    sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'c!_%' ESCAPE '!'").all() as {
      name: string;
    }[]
  ).map((t) => t.name);
  const saved = new Map(
    tables.map((t) => [t, sqlite.prepare(`SELECT * FROM "${t}"`).all() as Record<string, unknown>[]]),
  );
  const restore = sqlite.transaction(() => {
    for (const [table, rows] of saved) {
      sqlite.prepare(`DELETE FROM "${table}"`).run();
      if (!rows.length) continue;
      const columns = Object.keys(rows[0]);
      const insert = sqlite.prepare(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
      );
      for (const row of rows) insert.run(row);
    }
  });
  return { restore: () => restore() };
}
