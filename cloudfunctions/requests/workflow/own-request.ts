import { AppError } from '../../../types/common/errors';
import type { RequestDoc } from '../../../types/requests/model';
import type { ActionContext } from '../../_kernel/action';
import { isSubmitter } from './caller-steps';

/** A request the caller asked (or that was filed for them); others' requests are simply not found. */
export async function ownRequest(ctx: ActionContext, id: string): Promise<RequestDoc> {
  const me = await ctx.caller();
  const doc = await ctx.read.byId<RequestDoc>('requests', id);
  if (!doc || !isSubmitter(me, doc))
    throw new AppError(doc ? 'FORBIDDEN' : 'NOT_FOUND', doc ? '只能操作自己的诉求' : '没有找到该诉求', 'id');
  return doc;
}
