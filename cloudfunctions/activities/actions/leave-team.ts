import { leaveTeam, teamMemberId } from '../../../types/activities/teams';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { removeExplicitMembers } from '../../_domain/groups/explicit-groups';
import { changed } from '../lib/seats';
import { teamPlace, visibleTeam } from '../teams/load';

/** A member leaves the team and its group; the leader stays until staff name another. */
export default defineAction(leaveTeam, async ({ teamId }, ctx) => {
  const { team } = await visibleTeam(ctx, teamId);
  const me = await ctx.authorize('team:join', teamPlace(team));
  const veteranId = me.veteran!._id;
  if (veteranId === team.leaderVeteranId)
    throw new AppError('PRECONDITION_FAILED', '队长不能退出，请联系服务站或街道更换队长');
  const moved = await changed(
    ctx.db
      .collection('teamMembers')
      .where({ _id: teamMemberId(teamId, veteranId), status: 'member' })
      .update({ data: { status: 'left', updatedAt: ctx.now } }),
  );
  if (moved !== 1) throw new AppError('PRECONDITION_FAILED', '您不是该队成员');
  await ctx.db
    .collection('volunteerTeams')
    .doc(teamId)
    .update({ data: { members: ctx._.inc(-1), updatedAt: ctx.now } });
  await removeExplicitMembers(ctx, team.groupId, [`v:${veteranId}`]);
  return { left: true as const };
});
