import { syncGroup } from '../../../types/groups/contracts';
import { defineAction } from '../../_kernel/action';
import { groupAccess } from '../../_domain/groups/access';
import { timelineChanges } from '../timeline/pages';
import { groupView } from '../timeline/views';

/** Polled every few seconds while a group is open. */
export default defineAction(syncGroup, async ({ groupId, cursor }, ctx) => {
  const access = await groupAccess(ctx, groupId);
  const changes = await timelineChanges(ctx, access, cursor);
  return { group: groupView(access), items: changes.items, cursor: changes.cursor };
});
