import { rateRequest } from '../../../types/requests/follow';
import { defineAction } from '../../_kernel/action';
import { changeRequest } from '../workflow/change';
import { ownRequest } from '../workflow/own-request';
import { rateChange } from '../../../types/requests/submitter-steps';

/** The person who asked rates the answer (满意 / 基本满意 close it; 不满意 has it handled again). */
export default defineAction(rateRequest, async (input, ctx) => {
  await ownRequest(ctx, input.id);
  let flags = { reopened: false, escalated: false };
  const { after } = await changeRequest(ctx, input.id, input.version, (doc) => {
    const change = rateChange(doc, input.rating, input.comment, ctx.now);
    flags = { reopened: change.reopened, escalated: change.escalated };
    return change;
  });
  return { id: after._id, status: after.status, version: after.version, ...flags };
});
