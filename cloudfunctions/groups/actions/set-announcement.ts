import { setAnnouncement } from '../../../types/groups/contracts';
import { POLICY_DENIED_MESSAGES } from '../../../types/auth/policies';
import { defineAction } from '../../_kernel/action';
import { groupAccess, requireAbility } from '../../_domain/groups/access';
import { checkText } from '../../_domain/groups/content-check';
import { groupView } from '../timeline/views';
import { saveGroupSettings } from './group-settings';

export default defineAction(setAnnouncement, async ({ groupId, text }, ctx) => {
  const access = await groupAccess(ctx, groupId);
  requireAbility(access, 'canPin', POLICY_DENIED_MESSAGES['group:pin']);
  if (text) await checkText(ctx, access.me.openid, text, 'text');
  const byName = access.me.staff[0]?.name ?? access.me.veteran?.name ?? '';
  await saveGroupSettings(ctx, access, { announcement: text ? { text, byName, at: ctx.now } : null });
  return { group: groupView(access) };
});
