import type { NoticeDoc } from '../../../types/notices/model';
import type { RebuildStage } from './stage';

/** Notices recounted per page: one indexed count of receipts each (index noticeId, readerKind). */
const PAGE = 50;

/**
 * Rebuild stage: each notice's `readCount` recounted from its veterans' read receipts (a raw count), in
 * notice id order, rewritten only where it differs (a request cut off between the receipt and the count).
 */
export const recountNoticeReads: RebuildStage = {
  unit: 'stage',
  async page(ctx, cursor) {
    const page = await ctx.read.many<Pick<NoticeDoc, '_id' | 'readCount'>>(
      'notices',
      cursor ? { _id: ctx._.gt(cursor) } : {},
      { orderBy: [['_id', 'asc']], limit: PAGE, fields: { readCount: true } },
    );
    await Promise.all(
      page.map(async (n) => {
        const read = await ctx.read.count('noticeReceipts', { noticeId: n._id, readerKind: 'veteran' });
        if ((n.readCount ?? 0) !== read)
          await ctx.db
            .collection('notices')
            .doc(n._id)
            .update({ data: { readCount: read } });
      }),
    );
    return page.length < PAGE ? { next: null, units: 1 } : { next: page[page.length - 1]._id, units: 0 };
  },
};
