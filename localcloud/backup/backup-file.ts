import Database from 'better-sqlite3';
import { tableName } from '../db/schema';
import type { StoredFile } from '../storage/file-store';

/**
 * A backup is one SQLite file: the store's own tables (copied by SQLite's online backup) plus two tables
 * of its own, the stored files with their content and a few facts about the backup.
 */
export const BACKUP_FORMAT = 'vetgrid-localcloud-backup/1';
const FILES_TABLE = '_backup_files';
const INFO_TABLE = '_backup_info';

export interface BackupSummary {
  file: string;
  format: string;
  createdAt: string;
  collections: number;
  documents: number;
  files: number;
  bytes: number;
}

/** Adds the files and the facts to a copy of the store that SQLite's backup just wrote. */
export function appendFiles(
  copy: string,
  files: Iterable<{ file: StoredFile; read(): Buffer }>,
  createdAt: Date,
): Omit<BackupSummary, 'file' | 'bytes'> {
  const db = new Database(copy);
  try {
    // One self-contained file: no -wal beside it.
    db.pragma('journal_mode = DELETE');
    db.exec(`CREATE TABLE ${FILES_TABLE} (file_id TEXT PRIMARY KEY, meta TEXT NOT NULL, content BLOB NOT NULL);
             CREATE TABLE ${INFO_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL);`);
    const insert = db.prepare(`INSERT INTO ${FILES_TABLE} (file_id, meta, content) VALUES (?, ?, ?)`);
    let fileCount = 0;
    db.transaction(() => {
      for (const pinned of files) {
        insert.run(pinned.file.fileID, JSON.stringify(pinned.file), pinned.read());
        fileCount++;
      }
    })();
    const collections = (db.prepare('SELECT name FROM _collections').all() as { name: string }[]).map((r) => r.name);
    let documents = 0;
    for (const name of collections)
      documents += (db.prepare(`SELECT COUNT(*) AS n FROM ${tableName(name)}`).get() as { n: number }).n;
    const facts = {
      format: BACKUP_FORMAT,
      createdAt: createdAt.toISOString(),
      collections: collections.length,
      documents,
      files: fileCount,
    };
    const fact = db.prepare(`INSERT INTO ${INFO_TABLE} (key, value) VALUES (?, ?)`);
    for (const [key, value] of Object.entries(facts)) fact.run(key, String(value));
    return facts;
  } finally {
    db.close();
  }
}

/** Opens a backup for reading; throws in Chinese when it is not one (or is damaged). */
export function openBackup(file: string): {
  info: Record<string, string>;
  files(): Iterable<{ file: StoredFile; content: Buffer }>;
  close(): void;
} {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`备份文件已损坏: ${String(check)}`);
    const rows = db.prepare(`SELECT key, value FROM ${INFO_TABLE}`).all() as { key: string; value: string }[];
    const info = Object.fromEntries(rows.map((r) => [r.key, r.value]));
    if (info.format !== BACKUP_FORMAT) throw new Error(`不认识的备份格式: ${info.format ?? '无'}`);
    return {
      info,
      *files() {
        const all = db.prepare(`SELECT meta, content FROM ${FILES_TABLE} ORDER BY file_id`).iterate();
        for (const row of all as Iterable<{ meta: string; content: Buffer }>)
          yield { file: JSON.parse(row.meta) as StoredFile, content: row.content };
      },
      close: () => db.close(),
    };
  } catch (err) {
    db.close();
    if ((err as { code?: string }).code === 'SQLITE_NOTADB' || /no such table/.test((err as Error).message))
      throw new Error(`${file} 不是本地云的备份文件`);
    throw err;
  }
}

/** Drops the backup's own tables from a restored copy, leaving exactly the store's tables. */
export function stripBackupTables(dbFile: string): void {
  const db = new Database(dbFile);
  try {
    db.exec(`DROP TABLE ${FILES_TABLE}; DROP TABLE ${INFO_TABLE};`);
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
}
