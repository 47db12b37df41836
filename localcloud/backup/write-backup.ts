import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FileStore } from '../storage/file-store';
import { appendFiles, type BackupSummary } from './backup-file';

export interface BackupSource {
  /** SQLite's online backup of the store into a new file (LocalDatabase.backupTo, or a raw connection's). */
  backupTo(file: string): Promise<unknown>;
  files: FileStore;
  /** The data folder (blobs are pinned by hard links inside it); null for a memory-only cloud. */
  dataDir: string | null;
  now: () => Date;
}

/**
 * Writes a consistent snapshot of a live local cloud to `outFile` while it keeps serving writes.
 * SQLite's online backup copies the store in steps; writes made meanwhile through the same connection are
 * carried into the copy, so the copy is the store as it is when the last step ends. The files are pinned
 * in the same turn of the event loop, before any other request runs: they match that instant too (an
 * upload acknowledged before it is there, one after it is not). The files are then added to the copy.
 */
export async function writeBackup(source: BackupSource, outFile: string): Promise<BackupSummary> {
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const partial = `${outFile}.${randomBytes(4).toString('hex')}.partial`;
  const staging = source.dataDir ? path.join(source.dataDir, `backup-staging-${randomBytes(4).toString('hex')}`) : null;
  try {
    await source.backupTo(partial);
    // No await between the last backup step and this line: nothing else has written.
    const pinned = source.files.pin(staging);
    const createdAt = source.now();
    try {
      const facts = appendFiles(partial, pinned.files, createdAt);
      fs.renameSync(partial, outFile);
      return { file: outFile, ...facts, bytes: fs.statSync(outFile).size };
    } finally {
      pinned.release();
    }
  } finally {
    fs.rmSync(partial, { force: true });
    for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${partial}${suffix}`, { force: true });
  }
}
