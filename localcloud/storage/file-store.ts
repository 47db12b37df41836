import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface StoredFile {
  fileID: string;
  env: string;
  cloudPath: string;
  size: number;
  contentType: string;
  uploadedAt: string;
  uploadedBy: string | null;
}

/**
 * Files of the local cloud: content under `<dataDir>/files/blobs/`, metadata in `<dataDir>/files/index.json`
 * (small: one line per file). With no dataDir everything stays in memory.
 */
export class FileStore {
  private readonly meta = new Map<string, StoredFile>();
  private readonly memoryBlobs = new Map<string, Buffer>();
  private readonly blobDir: string | null;
  private readonly indexFile: string | null;

  constructor(dataDir: string | null) {
    this.blobDir = dataDir ? path.join(dataDir, 'files', 'blobs') : null;
    this.indexFile = dataDir ? path.join(dataDir, 'files', 'index.json') : null;
    if (this.blobDir) fs.mkdirSync(this.blobDir, { recursive: true });
    if (this.indexFile && fs.existsSync(this.indexFile)) {
      const saved = JSON.parse(fs.readFileSync(this.indexFile, 'utf8')) as StoredFile[];
      for (const file of saved) this.meta.set(file.fileID, file);
    }
  }

  put(file: Omit<StoredFile, 'size'>, content: Buffer): StoredFile {
    const stored: StoredFile = { ...file, size: content.length };
    if (this.blobDir) fs.writeFileSync(this.blobPath(file.fileID), content);
    else this.memoryBlobs.set(file.fileID, content);
    this.meta.set(file.fileID, stored);
    this.saveIndex();
    return stored;
  }

  info(fileID: string): StoredFile | undefined {
    return this.meta.get(fileID);
  }

  read(fileID: string): Buffer | undefined {
    if (!this.meta.has(fileID)) return undefined;
    if (!this.blobDir) return this.memoryBlobs.get(fileID);
    const blob = this.blobPath(fileID);
    return fs.existsSync(blob) ? fs.readFileSync(blob) : undefined;
  }

  delete(fileID: string): boolean {
    if (!this.meta.delete(fileID)) return false;
    if (this.blobDir) fs.rmSync(this.blobPath(fileID), { force: true });
    else this.memoryBlobs.delete(fileID);
    this.saveIndex();
    return true;
  }

  list(): StoredFile[] {
    return [...this.meta.values()];
  }

  clear(): void {
    for (const fileID of [...this.meta.keys()]) this.delete(fileID);
  }

  private blobPath(fileID: string): string {
    return path.join(this.blobDir as string, createHash('sha256').update(fileID).digest('hex'));
  }

  private saveIndex(): void {
    if (!this.indexFile) return;
    const tmp = `${this.indexFile}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.list(), null, 1));
    fs.renameSync(tmp, this.indexFile);
  }
}
