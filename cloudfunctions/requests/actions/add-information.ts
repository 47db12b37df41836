import { addInformation } from '../../../types/requests/follow';
import { defineAction } from '../../_kernel/action';
import { assertAttachable } from '../../_kernel/uploads';
import { changeRequest } from '../workflow/change';
import { ownRequest } from '../workflow/own-request';
import { addInfoChange } from '../../../types/requests/submitter-steps';

/** The person who asked adds information while the request is open. */
export default defineAction(addInformation, async (input, ctx) => {
  await ownRequest(ctx, input.id);
  assertAttachable(ctx, input.photos, 'requests', { field: 'photos' });
  const { after } = await changeRequest(ctx, input.id, input.version, (doc) =>
    addInfoChange(doc, input.text, input.photos, ctx.now),
  );
  return { id: after._id, status: after.status, version: after.version };
});
