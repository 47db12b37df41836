import type { MeetingDoc } from '../../../types/party/model';
import { endOfShanghaiDay, startOfShanghaiDay } from '../../../types/common/shanghai-time';
import type { ActionContext } from '../../_kernel/action';

/** A branch's meetings (its small groups' included) from the first Shanghai day to the last, newest first. */
export async function meetingsIn(
  ctx: ActionContext,
  branchId: string,
  from: string,
  to: string,
): Promise<MeetingDoc[]> {
  const { _ } = ctx;
  return ctx.read.many<MeetingDoc>(
    'partyMeetings',
    { branchId, startAt: _.gte(startOfShanghaiDay(from)).and(_.lte(endOfShanghaiDay(to))) },
    { limit: 1000, orderBy: [['startAt', 'desc']] },
  );
}
