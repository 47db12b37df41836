import { AppError } from '../../../types/common/errors';
import { shanghaiDay } from '../../../types/common/shanghai-time';
import { EXPORT_KEEP_HOURS } from '../../../types/common/exports';
import type { JobDoc } from '../../../types/jobs/model';
import type { LedgerExport } from '../../../types/ledger/export';
import type { ActionContext } from '../../_kernel/action';
import { jobProgress } from '../../_kernel/jobs';
import { TEMP_URL_SECONDS, tempUrls } from '../../_kernel/uploads/temp-urls';
import type { ExportState } from './job';

/** A part's file name: the node's, 完整 for a full export, the day asked, and 第n份（共m份） when several. */
function partName(s: ExportState, index: number, count: number): string {
  const base = `${s.orgName}台账${s.full ? '（完整）' : ''}_${shanghaiDay(new Date(s.at))}`;
  return `${base}${count > 1 ? `_第${index + 1}份（共${count}份）` : ''}.xlsx`;
}

/**
 * An export job as its starter sees it: 进度 while it runs; once done, every part with a ten-minute link
 * asked afresh now (an old link has died by the time the user comes back); a day on, expired (its files
 * are deleted by the purge, types/common/exports.ts).
 */
export async function exportView(ctx: ActionContext, job: JobDoc): Promise<LedgerExport> {
  const s = job.state as ExportState;
  const rows = s.parts.reduce((n, p) => n + p.rows, 0);
  const base = { ...jobProgress(job), masked: !s.full, rows, orgName: s.orgName };
  if (job.status !== 'done') return { ...base, parts: [], expired: false };
  // Its parts were stored after it started: from then on the purge may have deleted them.
  if (new Date(job.createdAt).getTime() + EXPORT_KEEP_HOURS * 3_600_000 <= ctx.now.getTime())
    return { ...base, parts: [], expired: true };
  const urls = await tempUrls(
    ctx,
    s.parts.map((p) => p.fileID),
  );
  const expiresAt = new Date(ctx.now.getTime() + TEMP_URL_SECONDS * 1000).toISOString();
  const parts = s.parts.map((p, i) => {
    const url = urls.get(p.fileID);
    if (!url) throw new AppError('INTERNAL', '导出的文件已不存在，请重新导出');
    return { url, fileID: p.fileID, fileName: partName(s, i, s.parts.length), expiresAt, rows: p.rows };
  });
  return { ...base, parts, expired: false };
}
