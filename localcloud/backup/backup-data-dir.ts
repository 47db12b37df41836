import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import Database from 'better-sqlite3';
import { FileStore } from '../storage/file-store';
import type { BackupSummary } from './backup-file';
import { DataLock } from './data-lock';
import { writeBackup } from './write-backup';

/**
 * Backs up a data folder to `outFile`. With a local cloud running on it, the running cloud writes the
 * backup while it keeps serving (it alone sees its writes in order); with none, the folder is opened here,
 * held meanwhile so that no cloud starts on it.
 */
export async function backupDataDir(dataDir: string, outFile: string): Promise<BackupSummary> {
  const holder = DataLock.holder(dataDir);
  if (holder?.purpose === 'server' && holder.url) return backupFromServer(holder.url, outFile);
  if (holder) throw new Error(`数据目录 ${dataDir} 正被进程 ${holder.pid} 占用（${holder.purpose}），稍后再试`);
  const dbFile = path.join(dataDir, 'db.sqlite');
  if (!fs.existsSync(dbFile)) throw new Error(`${dataDir} 里没有本地云的数据，无可备份`);
  const lock = DataLock.acquire(dataDir, { purpose: 'backup' });
  const db = new Database(dbFile, { readonly: true });
  try {
    return await writeBackup(
      { backupTo: (file) => db.backup(file), files: new FileStore(dataDir), dataDir, now: () => new Date() },
      outFile,
    );
  } finally {
    db.close();
    lock.release();
  }
}

async function backupFromServer(url: string, outFile: string): Promise<BackupSummary> {
  const res = await fetch(`${url}/localcloud/api/backup`, { method: 'POST' });
  if (!res.ok || !res.body) throw new Error(`本地云 ${url} 未能备份: ${res.status} ${await res.text()}`);
  const facts = JSON.parse(res.headers.get('x-localcloud-backup') ?? '{}') as Omit<BackupSummary, 'file'>;
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const partial = `${outFile}.partial`;
  await pipeline(Readable.fromWeb(res.body as ReadableStream), fs.createWriteStream(partial));
  if (fs.statSync(partial).size !== facts.bytes) {
    fs.rmSync(partial, { force: true });
    throw new Error('备份传输不完整，请重试');
  }
  fs.renameSync(partial, outFile);
  return { file: outFile, ...facts };
}
