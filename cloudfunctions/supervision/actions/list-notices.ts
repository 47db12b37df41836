import { listNotices } from '../../../types/supervision/recruitment';
import type { NoticeDoc } from '../../../types/supervision/model';
import { defineAction } from '../../_kernel/action';
import { bodyFor } from '../bodies/body';
import { noticeView } from '../recruitment/notices';

/** The office's notices, newest first, names masked as published. */
export default defineAction(listNotices, async ({ year }, ctx) => {
  const { bodyId } = await bodyFor(ctx, 'recruitment:read');
  const where = year ? { bodyId, year } : { bodyId };
  const docs = await ctx.read.many<NoticeDoc>('recruitmentNotices', where, {
    limit: 100,
    orderBy: [
      ['year', 'desc'],
      ['publicityStart', 'desc'],
    ],
  });
  return { items: docs.map((n) => noticeView(n, ctx.now)) };
});
