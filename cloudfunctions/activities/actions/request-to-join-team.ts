import { requestToJoinTeam, teamMemberId, type TeamMemberDoc } from '../../../types/activities/teams';
import type { VolunteerDoc } from '../../../types/activities/volunteers';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { teamPlace, visibleTeam } from '../teams/load';
import { isDuplicateKey } from '../../_kernel/store';

/** A registered volunteer living under the team's node asks to join; asking again is answered as it stands. */
export default defineAction(requestToJoinTeam, async ({ teamId }, ctx) => {
  const { team } = await visibleTeam(ctx, teamId);
  const me = await ctx.authorize('team:join', teamPlace(team));
  const veteran = me.veteran!;
  if (!(await ctx.read.byId<VolunteerDoc>('volunteers', veteran._id)))
    throw new AppError('PRECONDITION_FAILED', '请先在“我的志愿服务”中登记为志愿者');
  const id = teamMemberId(teamId, veteran._id);
  const doc: Omit<TeamMemberDoc, '_id'> = {
    teamId,
    veteranId: veteran._id,
    name: veteran.name,
    status: 'pending',
    requestedAt: ctx.now,
    decidedAt: null,
    decidedBy: null,
    updatedAt: ctx.now,
  };
  try {
    await ctx.db.collection('teamMembers').add({ data: { _id: id, ...doc } });
    return { status: 'pending' as const };
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
  const existing = await ctx.read.byId<TeamMemberDoc>('teamMembers', id);
  if (existing?.status === 'member' || existing?.status === 'pending') return { status: existing.status };
  // Declined or left before: asking again puts the request back in line.
  await ctx.db
    .collection('teamMembers')
    .where({ _id: id, status: ctx._.in(['declined', 'left']) })
    .update({ data: doc });
  return { status: 'pending' as const };
});
