import type { TeamDoc, TeamMemberDoc, TeamView } from '../../../types/activities/teams';
import { can, type Placed } from '../../../types/auth/policies';
import { AppError } from '../../../types/common/errors';
import type { ActionContext } from '../../_kernel/action';
import type { Caller } from '../../_kernel/caller';

const NOT_FOUND = () => new AppError('NOT_FOUND', '没有找到该志愿服务队', 'teamId');

/** Where a team lies for its policies: its node, owned by its leader's file (the leader manages it). */
export const teamPlace = (team: TeamDoc): Placed => ({ orgPath: team.orgPath, ownerIds: [team.leaderVeteranId] });

/**
 * The team if the caller may see it (those who manage it, and veterans living under its node); NOT_FOUND
 * to everyone else, so a stranger learns nothing of it.
 */
export async function visibleTeam(
  ctx: ActionContext,
  teamId: string,
): Promise<{ team: TeamDoc; me: Caller; manages: boolean }> {
  const team = await ctx.read.byId<TeamDoc>('volunteerTeams', teamId);
  if (!team) throw NOT_FOUND();
  const me = await ctx.caller();
  const manages = can(me, 'team:manage', teamPlace(team));
  if (!manages && !can(me, 'team:join', teamPlace(team))) throw NOT_FOUND();
  return { team, me, manages };
}

export function teamView(team: TeamDoc, me: Caller, mine: TeamMemberDoc | undefined): TeamView {
  const own = me.veteran?._id === team.leaderVeteranId;
  return {
    id: team._id,
    name: team.name,
    orgId: team.orgId,
    orgName: team.orgName,
    leaderName: team.leaderName,
    members: team.members,
    mine: own ? 'leader' : mine?.status === 'member' || mine?.status === 'pending' ? mine.status : null,
    manages: can(me, 'team:manage', teamPlace(team)),
  };
}
