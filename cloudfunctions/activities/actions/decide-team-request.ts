import { decideTeamRequest, teamMemberId, type TeamMemberDoc } from '../../../types/activities/teams';
import { AppError } from '../../../types/common/errors';
import type { VeteranDoc } from '../../../types/veteran/model';
import { defineAction } from '../../_kernel/action';
import { callerName } from '../../_domain/jurisdiction';
import { addExplicitMembers } from '../../_domain/groups/explicit-groups';
import { changed } from '../lib/seats';
import { teamPlace, visibleTeam } from '../teams/load';

/** The leader or staff accept (into the team and its group) or decline a waiting request, once. */
export default defineAction(decideTeamRequest, async ({ teamId, veteranId, accept }, ctx) => {
  const { team } = await visibleTeam(ctx, teamId);
  const me = await ctx.authorize('team:manage', teamPlace(team));
  const id = teamMemberId(teamId, veteranId);
  const request = await ctx.read.byId<TeamMemberDoc>('teamMembers', id);
  if (!request || request.status !== 'pending')
    throw new AppError('PRECONDITION_FAILED', '该申请已处理或已撤回', 'veteranId');
  const status = accept ? ('member' as const) : ('declined' as const);
  const by = await callerName(ctx);
  const moved = await changed(
    ctx.db
      .collection('teamMembers')
      .where({ _id: id, status: 'pending' })
      .update({ data: { status, decidedAt: ctx.now, decidedBy: by, updatedAt: ctx.now } }),
  );
  if (moved !== 1) throw new AppError('CONFLICT', '该申请刚刚已被处理，请刷新');
  if (accept) {
    await ctx.db
      .collection('volunteerTeams')
      .doc(teamId)
      .update({ data: { members: ctx._.inc(1), updatedAt: ctx.now } });
    const file = await ctx.read.byId<VeteranDoc>('veterans', veteranId);
    if (file?.openid)
      await addExplicitMembers(
        ctx,
        team.groupId,
        [{ openid: file.openid, name: file.name, key: `v:${file._id}` }],
        me.openid,
      );
  }
  return { status };
});
