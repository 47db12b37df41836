import { setTeamLeader, teamMemberId, type TeamMemberDoc } from '../../../types/activities/teams';
import { AppError } from '../../../types/common/errors';
import type { VeteranDoc } from '../../../types/veteran/model';
import { defineAction, type ActionContext } from '../../_kernel/action';
import { addExplicitMembers } from '../../_domain/groups/explicit-groups';
import { changed } from '../lib/seats';
import { visibleTeam } from '../teams/load';

/**
 * The team's activities (audienceOrgId is the team's id) pass to `leaderId`, who organises them from now on
 * (lib/organiser.ts: check-in, hours, summary), past ones included (hour corrections); the number moved.
 */
async function handOverActivities(ctx: ActionContext, teamId: string, leaderId: string): Promise<number> {
  return changed(
    ctx.db
      .collection('activities')
      .where({ audienceOrgId: teamId, audienceTeamId: teamId, teamLeaderVeteranId: ctx._.neq(leaderId) })
      .update({ data: { teamLeaderVeteranId: leaderId, updatedAt: ctx.now } }),
  );
}

/**
 * The staff over a team's node name one of its members leader (a leader who moved away, or stepped down):
 * conditional on the leader they saw, so two changes at once do not both land; the group's admin follows and
 * the team's activities pass to the new leader. Naming the leader again finishes a change cut off before its
 * activities followed (it is refused, with nothing written, when there is nothing left to finish).
 */
export default defineAction(setTeamLeader, async ({ teamId, veteranId }, ctx) => {
  const { team } = await visibleTeam(ctx, teamId);
  const me = await ctx.authorize('team:create', { orgPath: team.orgPath });
  if (veteranId === team.leaderVeteranId) {
    if (await handOverActivities(ctx, teamId, veteranId)) return { leaderName: team.leaderName };
    throw new AppError('PRECONDITION_FAILED', '他已经是队长', 'veteranId');
  }
  const [membership, file] = await Promise.all([
    ctx.read.byId<TeamMemberDoc>('teamMembers', teamMemberId(teamId, veteranId)),
    ctx.read.byId<VeteranDoc>('veterans', veteranId),
  ]);
  if (membership?.status !== 'member' || !file)
    throw new AppError('PRECONDITION_FAILED', '队长须是本队队员', 'veteranId');
  const moved = await changed(
    ctx.db
      .collection('volunteerTeams')
      .where({ _id: teamId, leaderVeteranId: team.leaderVeteranId })
      .update({ data: { leaderVeteranId: file._id, leaderName: file.name, updatedAt: ctx.now } }),
  );
  if (moved !== 1) throw new AppError('CONFLICT', '队长刚刚已被更换，请刷新');
  await handOverActivities(ctx, teamId, file._id);
  const old = await ctx.read.byId<VeteranDoc>('veterans', team.leaderVeteranId);
  const roles = [
    ...(file.openid
      ? [{ openid: file.openid, name: file.name, key: `v:${file._id}` as const, role: 'admin' as const }]
      : []),
    ...(old?.openid
      ? [{ openid: old.openid, name: old.name, key: `v:${old._id}` as const, role: 'member' as const }]
      : []),
  ];
  if (roles.length) await addExplicitMembers(ctx, team.groupId, roles, me.openid);
  return { leaderName: file.name };
});
