import { branchMembers } from '../../../types/party/organisation';
import type { PartyMemberDoc } from '../../../types/party/model';
import { defineAction } from '../../_kernel/action';
import { keptBranch, smallGroupsOf } from '../lib/load';

/** Names and small groups only: membership is what is sensitive here, so nothing else of the file. */
export default defineAction(branchMembers, async ({ branchId }, ctx) => {
  const branch = await keptBranch(ctx, branchId);
  const [members, groups] = await Promise.all([
    ctx.read.many<PartyMemberDoc>('partyMembers', { branchId, active: true }, { limit: 1000 }),
    smallGroupsOf(ctx, branchId),
  ]);
  const groupName = new Map(groups.map((g) => [g._id, g.name]));
  const items = members
    .map((m) => ({
      veteranId: m.veteranId,
      name: m.name,
      smallGroupName: m.smallGroupId ? (groupName.get(m.smallGroupId) ?? '') : '',
      bound: Boolean(m.openid),
    }))
    .sort((a, b) => a.smallGroupName.localeCompare(b.smallGroupName, 'zh') || a.name.localeCompare(b.name, 'zh'));
  return { branch: { id: branch._id, name: branch.name }, items };
});
