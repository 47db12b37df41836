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

/** A file and its content as they were when a snapshot pinned them; `read()` works after later writes. */
export interface PinnedFile {
  file: StoredFile;
  read(): Buffer;
}

/**
 * Files of the local cloud: content under `<dataDir>/files/blobs/`, metadata in `<dataDir>/files/index.json`
 * (small: one line per file). With no dataDir everything stays in memory.
 * A blob is never changed in place: a new upload to the same path writes a new file and renames it over
 * the old one, so a hard link taken by `pin()` keeps the content it saw (backups rely on that).
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
    this.writeBlob(file.fileID, content);
    this.meta.set(file.fileID, stored);
    this.saveIndex();
    return stored;
  }

  /** Restores files from a backup: every blob, then the index once. */
  importFiles(files: Iterable<{ file: StoredFile; content: Buffer }>): number {
    let n = 0;
    for (const { file, content } of files) {
      this.writeBlob(file.fileID, content);
      this.meta.set(file.fileID, { ...file, size: content.length });
      n++;
    }
    this.saveIndex();
    return n;
  }

  /**
   * Every file as it is now, synchronously (nothing else runs meanwhile): on disk each blob is hard-linked
   * into `stagingDir` (same file system as the data), in memory the buffers are kept. `release()` removes
   * the links.
   */
  pin(stagingDir: string | null): { files: PinnedFile[]; release(): void } {
    const files: PinnedFile[] = [];
    if (!this.blobDir || !stagingDir) {
      for (const file of this.meta.values()) {
        const content = this.blobDir ? this.read(file.fileID) : this.memoryBlobs.get(file.fileID);
        if (content) files.push({ file: { ...file }, read: () => content });
      }
      return { files, release: () => undefined };
    }
    fs.mkdirSync(stagingDir, { recursive: true });
    for (const file of this.meta.values()) {
      const link = path.join(stagingDir, path.basename(this.blobPath(file.fileID)));
      try {
        fs.linkSync(this.blobPath(file.fileID), link);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue; // listed but its blob is gone
        throw err;
      }
      files.push({ file: { ...file }, read: () => fs.readFileSync(link) });
    }
    return { files, release: () => fs.rmSync(stagingDir, { recursive: true, force: true }) };
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

  private writeBlob(fileID: string, content: Buffer): void {
    if (!this.blobDir) {
      this.memoryBlobs.set(fileID, content);
      return;
    }
    const blob = this.blobPath(fileID);
    const tmp = `${blob}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, blob);
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
