import { groupMembers } from '../../../types/groups/contracts';
import type { GroupMemberDoc } from '../../../types/groups/model';
import type { MemberView } from '../../../types/groups/views';
import type { StaffDoc } from '../../../types/account/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import { ROLE_LABELS } from '../../../types/auth/roles';
import { GRID_TEAM } from '../../../types/auth/policies';
import { defineAction } from '../../_kernel/action';
import { groupAccess } from '../../_domain/groups/access';

/**
 * Names and roles only (for @mention and the member list): the bound veterans of the grid and its team,
 * without the caller (nobody @-mentions themselves).
 */
export default defineAction(groupMembers, async ({ groupId }, ctx) => {
  const access = await groupAccess(ctx, groupId);
  const me = ctx.openid;
  const g = access.group;
  const { _ } = ctx;
  let items: MemberView[];
  if (g.kind === 'grid' && g.gridId) {
    const [team, vets] = await Promise.all([
      ctx.read.many<StaffDoc>('staff', {
        orgId: g.gridId,
        status: 'active',
        role: _.in(GRID_TEAM),
      }),
      ctx.read.many<VeteranDoc>(
        'veterans',
        { gridId: g.gridId, lifeStatus: 'in_district', openid: _.gt('') },
        { limit: 1000 },
      ),
    ]);
    items = [
      ...team
        .filter((s) => s.openid && s.openid !== me)
        .map((s) => ({ key: `s:${s._id}`, name: s.name, label: ROLE_LABELS[s.role] })),
      ...vets
        .filter((v) => v.openid !== me)
        .map((v) => ({ key: `v:${v._id}`, name: v.name, label: ROLE_LABELS.veteran })),
    ];
  } else {
    const members = await ctx.read.many<GroupMemberDoc>('groupMembers', { groupId }, { limit: 1000 });
    items = members
      .filter((m) => m.openid !== me)
      .map((m) => ({ key: m.key, name: m.name, label: m.role === 'admin' ? '管理员' : '成员' }));
  }
  return { items };
});
