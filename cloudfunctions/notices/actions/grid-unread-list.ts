import { gridUnreadList } from '../../../types/notices/contracts';
import type { NoticeReceiptDoc } from '../../../types/notices/model';
import type { OrgDoc } from '../../../types/org/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import { AppError } from '../../../types/common/errors';
import { seatsFor } from '../../../types/auth/policies';
import { defineAction } from '../../_kernel/action';
import { writeAudit } from '../../_domain/dossier/audit';
import { audienceWhere, reaches } from '../../_domain/notices/reach';
import { receiptId, visibleNotice } from '../reach/reach';

/**
 * Who in a grid has not read the notice: names with masked phones; with `reveal` the phones in full,
 * to call, and each reveal is logged in `audit` against the veteran's file. The grid's team and the staff above it.
 */
export default defineAction(gridUnreadList, async ({ noticeId, gridId, reveal }, ctx) => {
  const { me, notice } = await visibleNotice(ctx, noticeId);
  const target = gridId ?? seatsFor(me, 'grid:work')[0]?.orgId;
  if (!target) throw new AppError('INVALID_INPUT', '请选择网格', 'gridId');
  const grid = await ctx.read.byId<OrgDoc>('orgs', target);
  if (grid?.kind !== 'grid') throw new AppError('NOT_FOUND', '没有找到该网格', 'gridId');
  await ctx.authorize('notice:receipts', { orgPath: grid.path });
  if (!reaches(notice, grid.path))
    throw new AppError('PRECONDITION_FAILED', '该通知不在这个网格的发布范围内', 'gridId');
  const vets = await ctx.read.many<VeteranDoc>(
    'veterans',
    audienceWhere(ctx, { scopeKind: 'grid', scopeOrgId: grid._id }),
    { limit: 1000 },
  );
  const ids = vets.map((v) => receiptId(noticeId, v.openid as string));
  const read = ids.length
    ? await ctx.read.many<NoticeReceiptDoc>('noticeReceipts', { _id: ctx._.in(ids) }, { limit: 1000 })
    : [];
  const readers = new Set(read.map((r) => r.openid));
  const unread = vets
    .filter((v) => !readers.has(v.openid as string))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  // Each veteran sees the reveal in 谁查看了我的档案: one audit entry per file, as any reveal of a phone.
  if (reveal) {
    for (const v of unread) {
      if (!v.phoneEnc) continue;
      await writeAudit(ctx.db, me, {
        kind: 'reveal',
        targetId: v._id,
        orgPath: v.orgPath,
        field: 'phone',
        reason: `通知「${notice.title}」未读，电话提醒`,
        at: ctx.now,
      });
    }
  }
  const pii = reveal ? ctx.pii() : null;
  return {
    gridName: grid.name,
    items: unread.map((v) => ({
      name: v.name,
      phoneMasked: v.phoneMasked,
      ...(pii && v.phoneEnc ? { phone: pii.decrypt(v.phoneEnc) } : {}),
    })),
  };
});
