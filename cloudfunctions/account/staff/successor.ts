import type { StaffDoc } from '../../../types/account/model';
import { AppError } from '../../../types/common/errors';
import type { ActionContext } from '../../_kernel/action';

/** The successor must be another active staff member at the same node or above it. */
export async function loadSuccessor(ctx: ActionContext, leaving: StaffDoc, successorId: string): Promise<StaffDoc> {
  if (successorId === leaving._id) throw new AppError('INVALID_INPUT', '接替人不能是本人', 'successorId');
  const successor = await ctx.read.byId<StaffDoc>('staff', successorId);
  if (!successor || successor.status !== 'active')
    throw new AppError('NOT_FOUND', '接替人不存在或已移除', 'successorId');
  if (!leaving.orgPath.includes(successor.orgId))
    throw new AppError('INVALID_INPUT', '接替人须在同一单位或上级单位', 'successorId');
  return successor;
}
