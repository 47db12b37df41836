import { setAnnouncementsOnly } from '../../../types/groups/contracts';
import { POLICY_DENIED_MESSAGES } from '../../../types/auth/policies';
import { defineAction } from '../../_kernel/action';
import { groupAccess, requireAbility } from '../../_domain/groups/access';
import { groupView } from '../timeline/views';
import { saveGroupSettings } from './group-settings';

export default defineAction(setAnnouncementsOnly, async ({ groupId, on }, ctx) => {
  const access = await groupAccess(ctx, groupId);
  requireAbility(access, 'canSetMode', POLICY_DENIED_MESSAGES['group:mode']);
  await saveGroupSettings(ctx, access, { announcementsOnly: on });
  // Abilities follow the mode: recompute what the caller may post now.
  const fresh = await groupAccess(ctx, groupId);
  return { group: groupView(fresh) };
});
