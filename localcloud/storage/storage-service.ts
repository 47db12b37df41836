import { randomUUID } from 'node:crypto';
import { buildFileId, normalizeCloudPath, parseFileId } from './file-id';
import { contentTypeOf } from './content-type';
import type { FileStore, StoredFile } from './file-store';
import type { TokenSigner } from './signed-token';

/** WeChat's default lifetime of a temporary file URL: 2 hours. */
export const DEFAULT_TEMP_URL_SECONDS = 2 * 60 * 60;
const UPLOAD_URL_SECONDS = 10 * 60;

export interface StorageServiceOptions {
  store: FileStore;
  signer: TokenSigner;
  now: () => Date;
  /** Base of the URLs handed out (the local cloud's own origin). */
  baseUrl: () => string;
}

interface UploadGrant {
  fileID: string;
  env: string;
  cloudPath: string;
  by: string | null;
}

/** Storage as the SDK speaks it: the `storage.*` actions plus the upload/download URLs they hand out. */
export class StorageService {
  constructor(private readonly opts: StorageServiceOptions) {}

  /** storage.getUploadMetadata: step one of uploadFile; step two is a PUT of the content to `data.url`. */
  uploadMetadata(env: string, body: Record<string, unknown>, caller: string | null) {
    const cloudPath = normalizeCloudPath(String(body.path ?? ''));
    const fileID = buildFileId(env, cloudPath);
    const grant: UploadGrant = { fileID, env, cloudPath, by: caller };
    const token = this.opts.signer.sign({ kind: 'upload', ...grant }, this.expiresIn(UPLOAD_URL_SECONDS));
    return {
      url: `${this.opts.baseUrl()}/files/upload/${token}`,
      token: 'local',
      authorization: 'local',
      fileId: fileID,
      // Sent back by the SDK as an HTTP header, so it must be ASCII even when the path is not.
      cosFileId: Buffer.from(fileID).toString('base64url'),
      download_url: '',
    };
  }

  /** The PUT of step two. Returns null when the upload token is forged or expired. */
  acceptUpload(token: string, content: Buffer): StoredFile | null {
    const grant = this.opts.signer.verify(token, this.opts.now());
    if (!grant || grant.kind !== 'upload') return null;
    const { fileID, env, cloudPath, by } = grant as unknown as UploadGrant;
    return this.opts.store.put(
      {
        fileID,
        env,
        cloudPath,
        contentType: contentTypeOf(cloudPath),
        uploadedAt: this.opts.now().toISOString(),
        uploadedBy: by,
      },
      content,
    );
  }

  /** storage.batchGetDownloadUrl: one temp URL per file, `max_age` seconds (default 2 h). */
  downloadUrls(body: Record<string, unknown>) {
    const list = Array.isArray(body.file_list) ? (body.file_list as Record<string, unknown>[]) : [];
    return {
      download_list: list.map((item) => {
        const fileID = String(item.fileid ?? '');
        const maxAge = Number(item.max_age) > 0 ? Number(item.max_age) : DEFAULT_TEMP_URL_SECONDS;
        if (!this.opts.store.info(fileID)) {
          return { fileID, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST', message: `文件不存在: ${fileID}`, maxAge };
        }
        return { fileID, tempFileURL: this.tempUrl(fileID, maxAge), code: 'SUCCESS', maxAge };
      }),
    };
  }

  /** A temporary URL for one stored file; also used by the inspector. */
  tempUrl(fileID: string, maxAgeSeconds = DEFAULT_TEMP_URL_SECONDS): string {
    const name = parseFileId(fileID)?.path.split('/').pop() ?? 'file';
    const token = this.opts.signer.sign(
      { kind: 'read', fileID, n: randomUUID().slice(0, 8) },
      this.expiresIn(maxAgeSeconds),
    );
    return `${this.opts.baseUrl()}/files/${token}/${encodeURIComponent(name)}`;
  }

  /** GET /files/<token>: the file a valid temp URL points at; null for forged, expired or deleted. */
  openTempUrl(token: string): { file: StoredFile; content: Buffer } | null {
    const grant = this.opts.signer.verify(token, this.opts.now());
    if (!grant || grant.kind !== 'read') return null;
    const fileID = String(grant.fileID);
    const file = this.opts.store.info(fileID);
    const content = this.opts.store.read(fileID);
    return file && content ? { file, content } : null;
  }

  /** storage.batchDeleteFile. */
  deleteFiles(body: Record<string, unknown>) {
    const list = Array.isArray(body.fileid_list) ? (body.fileid_list as unknown[]) : [];
    return {
      delete_list: list.map((raw) => {
        const fileID = String(raw);
        return this.opts.store.delete(fileID)
          ? { fileID, code: 'SUCCESS' }
          : { fileID, code: 'STORAGE_FILE_NONEXIST', message: `文件不存在: ${fileID}` };
      }),
    };
  }

  private expiresIn(seconds: number): Date {
    return new Date(this.opts.now().getTime() + seconds * 1000);
  }
}
