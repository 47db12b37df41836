import type { NoticeDoc } from '../../../types/notices/model';
import type { OrgDoc } from '../../../types/org/model';
import type { ActionContext } from '../../_kernel/action';
import { nextMonth, startOfShanghaiMonth } from '../../../types/common/shanghai-time';
import { audienceSizes } from '../../_domain/notices/reach';

/** The newest notices a dashboard weighs; a period rarely holds more. */
const MAX_NOTICES = 50;

/**
 * Notices published to the node or below it during the period, and the share of their audience (bound
 * veterans living in each notice's scope) who have read them: Σ read / Σ audience. Reads come from each
 * notice's `readCount` (kept on every veteran's first receipt), so the cost grows with the notices shown, not
 * with their receipts.
 */
export async function noticeReach(
  ctx: ActionContext,
  node: OrgDoc,
  period: { from: string; to: string },
): Promise<{ sent: number; read: number; audience: number; readRate: number }> {
  const createdAt = ctx._.gte(startOfShanghaiMonth(period.from)).and(
    ctx._.lt(startOfShanghaiMonth(nextMonth(period.to))),
  );
  const notices = await ctx.read.many<NoticeDoc>(
    'notices',
    { scopePath: node._id, status: 'published', createdAt },
    {
      limit: MAX_NOTICES,
      orderBy: [['createdAt', 'desc']],
      fields: { scopeKind: true, scopeOrgId: true, readCount: true },
    },
  );
  const sizes = await audienceSizes(
    ctx,
    notices.map((n) => n.scopeOrgId),
  );
  const audience = notices.reduce((sum, n) => sum + (sizes.get(n.scopeOrgId) ?? 0), 0);
  const read = Math.min(
    audience,
    notices.reduce((sum, n) => sum + (n.readCount ?? 0), 0),
  );
  return { sent: notices.length, read, audience, readRate: audience ? read / audience : 0 };
}
