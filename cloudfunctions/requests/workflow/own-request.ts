import { AppError } from '../../../types/common/errors';
import type { RequestDoc } from '../../../types/requests/model';
import type { ActionContext } from '../../_kernel/action';
import { isSubmitter } from './caller-steps';

/** A request the caller asked (or that was filed for them); a missing one and another's answer alike. */
export async function ownRequest(ctx: ActionContext, id: string): Promise<RequestDoc> {
  const me = await ctx.caller();
  const doc = await ctx.read.byId<RequestDoc>('requests', id);
  if (!doc || !isSubmitter(me, doc)) throw new AppError('FORBIDDEN', '只能操作自己的诉求', 'id');
  return doc;
}
