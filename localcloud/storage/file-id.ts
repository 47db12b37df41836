/** WeChat Cloud file ids look like `cloud://<env>.<bucket>/<path>`; the local cloud keeps that shape. */
export function bucketOf(env: string): string {
  return `${Buffer.from(env).toString('hex').slice(0, 8)}-${env}-1300000000`;
}

export function buildFileId(env: string, cloudPath: string): string {
  return `cloud://${env}.${bucketOf(env)}/${normalizeCloudPath(cloudPath)}`;
}

export function parseFileId(fileId: string): { env: string; bucket: string; path: string } | null {
  const match = /^cloud:\/\/([^./]+)\.([^/]+)\/(.+)$/.exec(fileId);
  if (!match) return null;
  return { env: match[1], bucket: match[2], path: match[3] };
}

/** Cloud paths are relative, `/`-separated, without `..` segments (they name a file, never a folder outside). */
export function normalizeCloudPath(cloudPath: string): string {
  const segments = cloudPath.split('/').filter((s) => s.length > 0 && s !== '.');
  if (segments.length === 0 || segments.some((s) => s === '..')) {
    throw new Error(`invalid cloudPath: ${cloudPath}`);
  }
  return segments.join('/');
}
