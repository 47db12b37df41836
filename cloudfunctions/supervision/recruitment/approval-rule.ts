import { AppError } from '../../../types/common/errors';
import type { NoticeCandidate, NoticeDoc } from '../../../types/supervision/model';
import type { ActionContext } from '../../_kernel/action';
import { noticePhase } from './notices';

/**
 * 未参加公示的不得批准入伍: everyone on an approval list must have appeared in a COMPLETED physical-exam
 * notice and a COMPLETED political-review notice of the same year (matched by 报名编号). Refuses the
 * whole list, naming each candidate who did not.
 */
export async function checkApprovalList(
  ctx: ActionContext,
  bodyId: string,
  year: number,
  candidates: NoticeCandidate[],
): Promise<void> {
  const earlier = await ctx.read.many<NoticeDoc>(
    'recruitmentNotices',
    { bodyId, year, kind: ctx._.in(['physical', 'political']) },
    { limit: 1000 },
  );
  const completed = earlier.filter((n) => noticePhase(n, ctx.now) === 'completed');
  const seen = (kind: 'physical' | 'political') =>
    new Set(completed.filter((n) => n.kind === kind).flatMap((n) => n.candidates.map((c) => c.candidateNo)));
  const physical = seen('physical');
  const political = seen('political');
  const missing = candidates.filter((c) => !physical.has(c.candidateNo) || !political.has(c.candidateNo));
  if (!missing.length) return;
  const named = missing.map(
    (c) => `${c.name}（${c.candidateNo}，${whatIsMissing(physical.has(c.candidateNo), political.has(c.candidateNo))}）`,
  );
  throw new AppError('PRECONDITION_FAILED', `未参加公示的不得批准入伍：${named.join('、')}`, 'candidates');
}

function whatIsMissing(physical: boolean, political: boolean): string {
  if (!physical && !political) return '未经体检和政治考核公示';
  return physical ? '未经政治考核公示' : '未经体检公示';
}
