import fs from 'node:fs';
import path from 'node:path';
import { FileStore } from '../storage/file-store';
import { openBackup, stripBackupTables } from './backup-file';
import { DataLock, LOCK_FILE } from './data-lock';

export interface RestoreResult {
  dataDir: string;
  /** Where the data that was there before went (kept, never deleted); null when the folder was empty. */
  previous: string | null;
  documents: number;
  files: number;
  createdAt: string;
}

/**
 * Brings a backup back into `dataDir`. Refused while a local cloud (or another backup or restore) holds
 * the folder: a running server keeps planner state and the file index in memory and would not see the
 * restored data. The backup is unpacked beside the folder first and swapped in by renames; the old data
 * is moved aside, not deleted.
 */
export function restoreBackup(backupFile: string, dataDir: string, now = new Date()): RestoreResult {
  const target = path.resolve(dataDir);
  const lock = DataLock.acquire(target, { purpose: 'restore' });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const staging = `${target}.restoring-${stamp}`;
  try {
    const backup = openBackup(backupFile);
    const info = backup.info;
    let files = 0;
    try {
      fs.mkdirSync(staging, { recursive: true });
      files = new FileStore(staging).importFiles(backup.files());
    } finally {
      backup.close();
    }
    const db = path.join(staging, 'db.sqlite');
    fs.copyFileSync(backupFile, db);
    stripBackupTables(db);

    const previous = hasData(target) ? `${target}.before-restore-${stamp}` : null;
    if (previous) {
      fs.mkdirSync(previous);
      for (const name of fs.readdirSync(target)) {
        if (name !== LOCK_FILE) fs.renameSync(path.join(target, name), path.join(previous, name));
      }
    }
    for (const name of fs.readdirSync(staging)) fs.renameSync(path.join(staging, name), path.join(target, name));
    return { dataDir: target, previous, documents: Number(info.documents), files, createdAt: info.createdAt };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    lock.release();
  }
}

function hasData(dir: string): boolean {
  return fs.readdirSync(dir).some((name) => name !== LOCK_FILE);
}
