import type Database from 'better-sqlite3';
import type { LocalCloud } from '../../localcloud';

/**
 * Puts an in-memory local cloud's documents back as they were when the snapshot was taken, in
 * milliseconds (seeding the tiny district takes seconds). Suites that write a lot (the authorization
 * matrix, the fuzz suite) seed once, snapshot, and restore whenever a call wrote something.
 *
 * It works on the store's SQLite tables directly: each collection is one table `c_<name>` of
 * (rid, id, doc). Temporary triggers keep an undo log: the first old version of every row changed or
 * deleted, and every row inserted, since the last restore. The value kinds the store tracks per indexed
 * path only ever grow (a delete never narrows them), so keeping the kinds learnt since is what the store
 * itself does after a delete.
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
  sqlite.exec(
    'CREATE TEMP TABLE IF NOT EXISTS snapshot_undo (tbl TEXT NOT NULL, rid INTEGER NOT NULL, id, doc TEXT, existed INTEGER NOT NULL, PRIMARY KEY (tbl, rid))',
  );
  for (const t of tables) {
    const log = (when: string, op: string, values: string) =>
      sqlite.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS "snapshot_${t}_${op}" ${when} ${op} ON main."${t}" ` +
          `BEGIN INSERT OR IGNORE INTO snapshot_undo (tbl, rid, id, doc, existed) VALUES ('${t}', ${values}); END`,
      );
    log('AFTER', 'INSERT', 'NEW.rid, NULL, NULL, 0');
    log('BEFORE', 'UPDATE', 'OLD.rid, OLD.id, OLD.doc, 1');
    log('BEFORE', 'DELETE', 'OLD.rid, OLD.id, OLD.doc, 1');
  }
  sqlite.exec('DELETE FROM snapshot_undo');
  const restore = sqlite.transaction(() => {
    const undo = sqlite.prepare('SELECT tbl, rid, id, doc, existed FROM snapshot_undo').all() as {
      tbl: string;
      rid: number;
      id: unknown;
      doc: string | null;
      existed: number;
    }[];
    if (!undo.length) return;
    for (const u of undo) sqlite.prepare(`DELETE FROM main."${u.tbl}" WHERE rid = ?`).run(u.rid);
    for (const u of undo)
      if (u.existed)
        sqlite.prepare(`INSERT INTO main."${u.tbl}" (rid, id, doc) VALUES (?, ?, ?)`).run(u.rid, u.id, u.doc);
    sqlite.exec('DELETE FROM snapshot_undo');
  });
  return { restore: () => restore() };
}
