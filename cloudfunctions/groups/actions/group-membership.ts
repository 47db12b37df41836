import { addGroupMembers, removeGroupMembers } from '../../../types/groups/contracts';
import { AppError } from '../../../types/common/errors';
import { defineAction, type ActionContext } from '../../_kernel/action';
import { authorizeMembers, groupAccess, requireAbility } from '../../_domain/groups/access';
import { addExplicitMembers, membersByKey, removeExplicitMembers } from '../../_domain/groups/explicit-groups';

async function manageable(ctx: ActionContext, groupId: string) {
  const access = await groupAccess(ctx, groupId);
  if (access.group.kind !== 'explicit')
    throw new AppError('PRECONDITION_FAILED', '网格群的成员随档案自动变化，不能手动添加或移除');
  requireAbility(access, 'canManageMembers', '只有群管理员可以管理成员');
  return access;
}

export const addMembersAction = defineAction(addGroupMembers, async ({ groupId, members }, ctx) => {
  const access = await manageable(ctx, groupId);
  const people = await membersByKey(ctx, members);
  await authorizeMembers(ctx, people);
  return { added: await addExplicitMembers(ctx, groupId, people, access.me.openid) };
});

export const removeMembersAction = defineAction(removeGroupMembers, async ({ groupId, keys }, ctx) => {
  await manageable(ctx, groupId);
  return { removed: await removeExplicitMembers(ctx, groupId, keys) };
});
