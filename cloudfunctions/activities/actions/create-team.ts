import { createTeam, teamMemberId, type TeamDoc, type TeamMemberDoc } from '../../../types/activities/teams';
import type { VolunteerDoc } from '../../../types/activities/volunteers';
import { AppError } from '../../../types/common/errors';
import type { VeteranDoc } from '../../../types/veteran/model';
import { defineAction } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';
import { inTransaction } from '../../_kernel/transaction';
import { setExplicitGroupIn } from '../../_domain/groups/explicit-groups';
import { placeNode } from '../lib/load';

/**
 * A community's or street's volunteer team, with its leader (a registered volunteer living there) as its
 * first member and the admin of its own group. The team, the leader's membership and the group are written
 * together.
 */
export default defineAction(createTeam, async ({ orgId, name, leaderVeteranId }, ctx) => {
  const node = await placeNode(ctx, orgId, 'orgId');
  const me = await ctx.authorize('team:create', { orgPath: node.path });
  if (node.kind !== 'community' && node.kind !== 'street')
    throw new AppError('INVALID_INPUT', '志愿服务队设在社区或街道', 'orgId');
  const [leader, registered, same] = await Promise.all([
    ctx.read.byId<VeteranDoc>('veterans', leaderVeteranId),
    ctx.read.byId<VolunteerDoc>('volunteers', leaderVeteranId),
    ctx.read.one<TeamDoc>('volunteerTeams', { orgId: node._id, name }),
  ]);
  if (!leader || !leader.orgPath.includes(node._id))
    throw new AppError('NOT_FOUND', '本辖区没有找到这位退役军人', 'leaderVeteranId');
  if (!registered) throw new AppError('PRECONDITION_FAILED', '队长须先登记为志愿者', 'leaderVeteranId');
  if (same) throw new AppError('ALREADY_EXISTS', `${node.name}已有“${name}”`, 'name');
  const id = newId();
  const groupId = `team__${id}`;
  const team: TeamDoc = {
    _id: id,
    name,
    orgId: node._id,
    orgPath: node.path,
    orgName: node.name,
    leaderVeteranId: leader._id,
    leaderName: leader.name,
    members: 1,
    groupId,
    createdBy: me.openid,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const membership: Omit<TeamMemberDoc, '_id'> = {
    teamId: id,
    veteranId: leader._id,
    name: leader.name,
    status: 'member',
    requestedAt: ctx.now,
    decidedAt: ctx.now,
    decidedBy: null,
    updatedAt: ctx.now,
  };
  // The team, the leader's membership and the team's group together: a call stopped midway leaves all or none.
  await inTransaction(ctx.db, async (tx) => {
    const { _id, ...teamData } = team;
    await tx.collection('volunteerTeams').doc(_id).set({ data: teamData });
    await tx.collection('teamMembers').doc(teamMemberId(id, leader._id)).set({ data: membership });
    await setExplicitGroupIn(tx, ctx, {
      name,
      orgPath: node.path,
      createdBy: me.openid,
      groupId,
      members: leader.openid
        ? [{ openid: leader.openid, name: leader.name, key: `v:${leader._id}`, role: 'admin' }]
        : [],
    });
  });
  return { teamId: id, groupId };
});
