import { createGroup } from '../../../types/groups/contracts';
import type { OrgDoc } from '../../../types/org/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { authorizeMembers } from '../../_domain/groups/access';
import { createExplicitGroup, membersByKey } from '../../_domain/groups/explicit-groups';

/** A group with explicit members, owned by an org node the caller is staff over (e.g. an agency's supervisors). */
export default defineAction(createGroup, async ({ name, orgId, members }, ctx) => {
  const owner = await ctx.read.byId<OrgDoc>('orgs', orgId);
  if (!owner) throw new AppError('NOT_FOUND', '没有找到该单位', 'orgId');
  const me = await ctx.authorize('group:manage', { orgPath: owner.path });
  const people = await membersByKey(ctx, members);
  await authorizeMembers(ctx, people);
  const groupId = await createExplicitGroup(ctx, { name, orgPath: owner.path, createdBy: me.openid, members: people });
  return { groupId };
});
