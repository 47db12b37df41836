import type { StaffDoc } from '../../../types/account/model';
import { AppError } from '../../../types/common/errors';
import { handleRequest } from '../../../types/requests/handle';
import { STATUS_LABELS, type RequestDoc } from '../../../types/requests/model';
import { defineAction, denied } from '../../_kernel/action';
import { actingStaff } from '../workflow/acting-staff';
import { isHandler } from '../workflow/caller-steps';
import { changeRequest } from '../workflow/change';
import { handlerChange } from '../../../types/requests/handler-steps';
import { handlerPlace } from '../../../types/requests/levels';
import { notifySubmitter } from '../workflow/notify-step';

/** What the person who asked hears of each staff step (internal steps: nothing). */
const TOLD: Partial<Record<string, (doc: RequestDoc) => [string, string]>> = {
  accept: () => ['已受理', '工作人员已受理您的诉求'],
  escalate: () => ['办理中', '已转上级单位办理'],
  handBack: () => ['办理中', '已转交下级单位办理'],
  progress: () => ['办理中', '您的诉求有新的办理进展'],
  answer: () => [STATUS_LABELS.answered, '已答复，请查看并评价'],
  close: () => [STATUS_LABELS.closed, '您的诉求已办结'],
  return: () => [STATUS_LABELS.returned, '诉求已退回，请查看原因'],
  markLegacy: () => ['办理中', '已列为历史遗留问题长期跟踪'],
};

/** A staff member of the node handling the request takes one step (see the state machine). */
export default defineAction(handleRequest, async (input, ctx) => {
  // Authorised before anything else is looked at: a stranger learns nothing of the request (not whether
  // it exists, nor its version) nor of the assignee; a missing request answers as a foreign one does.
  const { me } = await ctx.authorizeFound(
    'request:handle',
    await ctx.read.byId<RequestDoc>('requests', input.id),
    new AppError('NOT_FOUND', '没有找到该诉求', 'id'),
    handlerPlace,
  );
  let assignee: StaffDoc | null = null;
  if (input.step === 'assign') {
    assignee = await ctx.read.byId<StaffDoc>('staff', input.assigneeId);
    if (assignee?.status !== 'active') throw new AppError('NOT_FOUND', '没有找到该工作人员', 'assigneeId');
  }
  const { after } = await changeRequest(ctx, input.id, input.version, (doc) => {
    if (!isHandler(me, doc)) throw denied('request:handle');
    if (assignee && assignee.orgId !== doc.handlerOrgId)
      throw new AppError('INVALID_INPUT', '只能指派给正在办理的单位的工作人员', 'assigneeId');
    return handlerChange(doc, input, actingStaff(me, handlerPlace(doc).orgPath), ctx.now, assignee?.name);
  });
  const told = TOLD[input.step]?.(after);
  if (told) await notifySubmitter(ctx, after, told[0], told[1]);
  return { id: after._id, status: after.status, level: after.level, version: after.version };
});
