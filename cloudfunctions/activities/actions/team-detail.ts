import { teamDetail, teamMemberId, type TeamMemberDoc } from '../../../types/activities/teams';
import { defineAction } from '../../_kernel/action';
import { teamView, visibleTeam } from '../teams/load';

const MAX = 500;

/** A team with its members (by name); its waiting requests for whoever manages it. */
export default defineAction(teamDetail, async ({ teamId }, ctx) => {
  const { team, me, manages } = await visibleTeam(ctx, teamId);
  const [members, pending, mine] = await Promise.all([
    ctx.read.many<TeamMemberDoc>(
      'teamMembers',
      { teamId, status: 'member' },
      { limit: MAX, orderBy: [['requestedAt', 'asc']] },
    ),
    manages
      ? ctx.read.many<TeamMemberDoc>(
          'teamMembers',
          { teamId, status: 'pending' },
          { limit: MAX, orderBy: [['requestedAt', 'asc']] },
        )
      : Promise.resolve([]),
    me.veteran
      ? ctx.read.byId<TeamMemberDoc>('teamMembers', teamMemberId(teamId, me.veteran._id))
      : Promise.resolve(null),
  ]);
  return {
    team: teamView(team, me, mine ?? undefined),
    members: members.map((m) => ({
      veteranId: m.veteranId,
      name: m.name,
      leader: m.veteranId === team.leaderVeteranId,
    })),
    pending: pending.map((m) => ({ veteranId: m.veteranId, name: m.name, requestedAt: m.requestedAt.toISOString() })),
  };
});
