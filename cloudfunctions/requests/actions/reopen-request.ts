import { reopenRequest } from '../../../types/requests/follow';
import { defineAction } from '../../_kernel/action';
import { changeRequest } from '../workflow/change';
import { ownRequest } from '../workflow/own-request';
import { reopenChange } from '../../../types/requests/submitter-steps';

/** Within 30 days after an answer, the person who asked has it handled again at the same level. */
export default defineAction(reopenRequest, async (input, ctx) => {
  await ownRequest(ctx, input.id);
  const { after } = await changeRequest(ctx, input.id, input.version, (doc) =>
    reopenChange(doc, input.reason, ctx.now),
  );
  return { id: after._id, status: after.status, version: after.version };
});
