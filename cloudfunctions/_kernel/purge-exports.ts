import { EXPORT_KEEP_HOURS, type ExportFileDoc } from '../../types/common/exports';
import type { ActionContext } from './action';

/** WeChat's deleteFile takes at most 50 files a call (the local cloud refuses more). */
const BATCH = 50;
/** deleteFile's status for a file storage does not have (wx-server-sdk: TCB_ERR_CODE.STORAGE_FILE_NONEXIST). */
const FILE_NONEXIST = -503003;
/** A batch (one read, one delete, one remove) is started only with this much of the invocation left. */
const MARGIN_MS = 5_000;

type PurgeCtx = Pick<ActionContext, 'db' | 'read' | 'sdk' | 'now' | '_' | 'deadline'>;

/**
 * The timer `purgeExports` (function ledger, hourly): deletes the export files stored more than
 * EXPORT_KEEP_HOURS ago (types/common/exports.ts), oldest first, 50 a batch, then their records. A file
 * storage no longer has (deleted by hand) counts as gone; one storage fails to delete keeps its record and
 * is tried again on the next run. Stops well before the deadline; the next run carries on.
 */
export async function purgeExports(ctx: PurgeCtx): Promise<{ deleted: number; failed: number; more: boolean }> {
  const cutoff = new Date(ctx.now.getTime() - EXPORT_KEEP_HOURS * 3_600_000);
  let deleted = 0;
  let failed = 0;
  const kept: string[] = [];
  for (;;) {
    if (Date.now() > ctx.deadline - MARGIN_MS) return { deleted, failed, more: true };
    const where: Record<string, unknown> = { storedAt: ctx._.lt(cutoff) };
    if (kept.length) where._id = ctx._.nin(kept);
    const page = await ctx.read.many<ExportFileDoc>('exportFiles', where, {
      orderBy: [['storedAt', 'asc']],
      limit: BATCH,
    });
    if (!page.length) return { deleted, failed, more: false };
    const prefix = await fileIdPrefix(ctx, page);
    const named = page.map((f) => ({ ...f, fileID: f.fileID ?? (prefix === null ? null : prefix + f.cloudPath) }));
    const fileList = named.flatMap((f) => (f.fileID ? [f.fileID] : []));
    const res = (fileList.length ? await ctx.sdk.deleteFile({ fileList }) : { fileList: [] }) as {
      fileList: { fileID: string; status: number; errMsg?: string }[];
    };
    const status = new Map(res.fileList.map((f) => [f.fileID, f]));
    const gone = named.filter((f) => {
      const s = f.fileID ? status.get(f.fileID) : undefined;
      return s?.status === 0 || s?.status === FILE_NONEXIST;
    });
    for (const f of named)
      if (!gone.includes(f)) {
        kept.push(f._id);
        console.error(
          '[purgeExports] could not delete',
          f.fileID ?? f.cloudPath,
          f.fileID ? status.get(f.fileID)?.errMsg : '',
        );
      }
    if (gone.length)
      await ctx.db
        .collection('exportFiles')
        .where({ _id: ctx._.in(gone.map((f) => f._id)) })
        .remove();
    deleted += gone.length;
    failed = kept.length;
  }
}

/**
 * What every file id of this environment starts with (`cloud://<env>.<bucket>/`), from a record that has its
 * file id: what names the file of a record left without one (its call stopped around the upload). Null when
 * no record has one yet; such records wait for a later run.
 */
async function fileIdPrefix(ctx: PurgeCtx, page: ExportFileDoc[]): Promise<string | null> {
  const prefixOf = (f: ExportFileDoc) =>
    f.fileID?.endsWith(`/${f.cloudPath}`) ? f.fileID.slice(0, f.fileID.length - f.cloudPath.length) : null;
  if (page.every((f) => f.fileID)) return null;
  for (const f of page) if (prefixOf(f)) return prefixOf(f);
  const named = await ctx.read.one<ExportFileDoc>('exportFiles', { fileID: ctx._.neq(null) });
  return named ? prefixOf(named) : null;
}
