import fs from 'node:fs';
import path from 'node:path';

/** Who holds a data folder: a running local cloud (with its url) or a backup/restore command. */
export interface DataLockHolder {
  pid: number;
  /** The local cloud's origin; absent when a command holds the folder. */
  url?: string;
  purpose: 'server' | 'backup' | 'restore';
  since: string;
}

export const LOCK_FILE = 'localcloud.lock';

/**
 * One process at a time owns a data folder: the server caches planner state and the file index in memory,
 * so a second server, or a restore under a running one, would work on data it cannot see change.
 * The lock is a file naming the holder's pid; a lock whose process is gone is stale and taken over.
 */
export class DataLock {
  private constructor(private readonly file: string) {}

  /** The live holder of `dataDir`, or null (no lock, or its process is gone). */
  static holder(dataDir: string): DataLockHolder | null {
    const file = path.join(dataDir, LOCK_FILE);
    let holder: DataLockHolder;
    try {
      holder = JSON.parse(fs.readFileSync(file, 'utf8')) as DataLockHolder;
    } catch {
      return null;
    }
    return isAlive(holder.pid) ? holder : null;
  }

  /** Takes the folder or throws, naming who holds it. */
  static acquire(dataDir: string, holder: Omit<DataLockHolder, 'pid' | 'since'>): DataLock {
    fs.mkdirSync(dataDir, { recursive: true });
    const current = DataLock.holder(dataDir);
    if (current) {
      const who =
        current.purpose === 'server'
          ? `本地云正在运行（进程 ${current.pid}，${current.url}）`
          : `进程 ${current.pid} 正在${current.purpose === 'backup' ? '备份' : '恢复'}`;
      throw new Error(`数据目录 ${dataDir} 正被占用：${who}`);
    }
    const file = path.join(dataDir, LOCK_FILE);
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ ...holder, pid: process.pid, since: new Date().toISOString() }));
    fs.renameSync(tmp, file);
    return new DataLock(file);
  }

  /** Records the server's url once it listens. */
  update(fields: Partial<DataLockHolder>): void {
    const current = JSON.parse(fs.readFileSync(this.file, 'utf8')) as DataLockHolder;
    fs.writeFileSync(this.file, JSON.stringify({ ...current, ...fields }));
  }

  release(): void {
    try {
      const current = JSON.parse(fs.readFileSync(this.file, 'utf8')) as DataLockHolder;
      if (current.pid === process.pid) fs.rmSync(this.file, { force: true });
    } catch {
      // already gone
    }
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
