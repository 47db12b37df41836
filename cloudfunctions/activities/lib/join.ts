import type { ActivityDoc } from '../../../types/activities/model';
import { teamMemberId, type TeamMemberDoc } from '../../../types/activities/teams';
import { can, type Placed } from '../../../types/auth/policies';
import type { ActionContext } from '../../_kernel/action';
import type { Caller } from '../../_kernel/caller';

/**
 * Who may join an activity: a veteran living under its audience node (activity:join), or for a team's own
 * activity a member of the team (team:member: the caller's membership is read, one document).
 */
async function joinCheck(
  ctx: ActionContext,
  caller: Caller,
  activity: Pick<ActivityDoc, 'audiencePath' | 'audienceTeamId'>,
): Promise<{ policy: 'activity:join' | 'team:member'; place: Placed }> {
  if (!activity.audienceTeamId) return { policy: 'activity:join', place: { orgPath: activity.audiencePath } };
  const m = caller.veteran
    ? await ctx.read.byId<TeamMemberDoc>('teamMembers', teamMemberId(activity.audienceTeamId, caller.veteran._id))
    : null;
  return {
    policy: 'team:member',
    place: { orgPath: activity.audiencePath, ownerIds: m?.status === 'member' ? [m.veteranId] : [] },
  };
}

/** The caller if they may join `activity`; its policy's refusal otherwise. */
export async function authorizeJoin(
  ctx: ActionContext,
  activity: Pick<ActivityDoc, 'audiencePath' | 'audienceTeamId'>,
): Promise<Caller> {
  const { policy, place } = await joinCheck(ctx, await ctx.caller(), activity);
  return ctx.authorize(policy, place);
}

/** Whether `caller` may join `activity` (what they may see of it). */
export async function mayJoin(
  ctx: ActionContext,
  caller: Caller,
  activity: Pick<ActivityDoc, 'audiencePath' | 'audienceTeamId'>,
): Promise<boolean> {
  const { policy, place } = await joinCheck(ctx, caller, activity);
  return can(caller, policy, place);
}
