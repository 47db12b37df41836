import type { ActionContext } from '../action';

/** Short-lived: long enough to view a page, short enough that a forwarded link soon dies. */
export const TEMP_URL_SECONDS = 10 * 60;
/** WeChat Cloud's getTempFileURL takes at most 50 files a call. */
const PER_CALL = 50;

/** Temp URLs for stored files ('' for a file that no longer exists), asked 50 at a time. */
export async function tempUrls(ctx: ActionContext, fileIds: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(fileIds)];
  const urls = new Map<string, string>();
  for (let at = 0; at < unique.length; at += PER_CALL) {
    const res = (await ctx.sdk.getTempFileURL({
      fileList: unique.slice(at, at + PER_CALL).map((fileID) => ({ fileID, maxAge: TEMP_URL_SECONDS })),
    })) as { fileList: { fileID: string; tempFileURL: string }[] };
    for (const f of res.fileList) urls.set(f.fileID, f.tempFileURL ?? '');
  }
  return urls;
}
