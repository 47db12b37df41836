import { AppError } from '../../../types/common/errors';
import type { RequestDoc } from '../../../types/requests/model';
import type { ActionContext } from '../../_kernel/action';
import { requestPlace } from './caller-steps';

/** A request the caller asked (or that was filed for them); a missing one and another's answer alike. */
export async function ownRequest(ctx: ActionContext, id: string): Promise<RequestDoc> {
  const doc = await ctx.read.byId<RequestDoc>('requests', id);
  const { thing } = await ctx.authorizeFound(
    'request:own',
    doc,
    new AppError('NOT_FOUND', '没有找到该诉求', 'id'),
    requestPlace,
  );
  return thing;
}
