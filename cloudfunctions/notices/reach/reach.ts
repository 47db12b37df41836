import type { StaffDoc } from '../../../types/account/model';
import type { NoticeDoc } from '../../../types/notices/model';
import { can, type Placed } from '../../../types/auth/policies';
import { AppError } from '../../../types/common/errors';
import type { Caller } from '../../_kernel/caller';
import type { ActionContext } from '../../_kernel/action';
import { reachesCaller } from '../../_domain/notices/reach';

export function isPublisherOf(me: Caller, n: NoticeDoc): boolean {
  return n.publisherOpenid === me.openid;
}

/** Staff over the scope (or the publisher) see receipts. */
export function oversees(me: Caller, n: NoticeDoc): boolean {
  return isPublisherOf(me, n) || can(me, 'notice:receipts', { orgPath: n.scopePath });
}

/** A notice as the policy notice:change sees it: the seat it was published from, owned by its publisher. */
export async function changePlace(ctx: ActionContext, n: NoticeDoc): Promise<Placed> {
  return { orgPath: await publisherPathOf(ctx, n), ownerIds: [n.publisherOpenid] };
}

/** Editing and withdrawing a notice: the policy notice:change (the publisher, or staff above their seat). */
export async function authorizeChange(ctx: ActionContext, n: NoticeDoc): Promise<void> {
  await ctx.authorize('notice:change', await changePlace(ctx, n));
}

/**
 * The org path of the seat a notice was published from. Notices published before it was stored take the
 * highest seat of the publisher that covers the scope (the most they could have published as).
 */
export async function publisherPathOf(ctx: ActionContext, n: NoticeDoc): Promise<string[]> {
  if (n.publisherOrgPath?.length) return n.publisherOrgPath;
  const seats = await ctx.read.many<StaffDoc>('staff', { openid: n.publisherOpenid });
  const covering = seats
    .filter((s) => n.scopePath.includes(s.orgId))
    .sort((a, b) => a.orgPath.length - b.orgPath.length);
  return covering[0]?.orgPath ?? n.scopePath;
}

/** The notice, if the caller may see it: it reaches them, or they oversee it. */
export async function visibleNotice(
  ctx: ActionContext,
  noticeId: string,
): Promise<{ me: Caller; notice: NoticeDoc; reached: boolean }> {
  const me = await ctx.caller();
  const notice = await ctx.read.byId<NoticeDoc>('notices', noticeId);
  if (!notice) throw new AppError('NOT_FOUND', '没有找到这条通知');
  const reached = reachesCaller(me, notice);
  if (!reached && !oversees(me, notice)) throw new AppError('NOT_FOUND', '没有找到这条通知');
  return { me, notice, reached };
}

export function receiptId(noticeId: string, openid: string): string {
  return `${noticeId}__${openid}`;
}
