import { groupHistory } from '../../../types/groups/contracts';
import { defineAction } from '../../_kernel/action';
import { groupAccess } from '../../_domain/groups/access';
import { timelinePage } from '../timeline/pages';

export default defineAction(groupHistory, async ({ groupId, before }, ctx) => {
  const access = await groupAccess(ctx, groupId);
  return timelinePage(ctx, access, before);
});
