import { listTeams, type TeamDoc, type TeamMemberDoc } from '../../../types/activities/teams';
import { seatsFor } from '../../../types/auth/policies';
import { defineAction } from '../../_kernel/action';
import { pathKey } from '../../_domain/jurisdiction';
import { teamView } from '../teams/load';

const MAX = 100;

/** The teams of the caller's community and street (a veteran) and under their nodes (staff), by name. */
export default defineAction(listTeams, async (_input, ctx) => {
  const me = await ctx.caller();
  const { _ } = ctx;
  const reads: Promise<TeamDoc[]>[] = [];
  if (me.veteran)
    reads.push(ctx.read.many<TeamDoc>('volunteerTeams', { orgId: _.in(me.veteran.orgPath) }, { limit: MAX }));
  for (const seat of seatsFor(me, 'team:create'))
    reads.push(
      ctx.read.many<TeamDoc>('volunteerTeams', { [pathKey({ path: seat.orgPath })]: seat.orgId }, { limit: MAX }),
    );
  const teams = [...new Map((await Promise.all(reads)).flat().map((t) => [t._id, t])).values()].sort((a, b) =>
    a.name.localeCompare(b.name, 'zh'),
  );
  const mine =
    me.veteran && teams.length
      ? await ctx.read.many<TeamMemberDoc>(
          'teamMembers',
          {
            veteranId: me.veteran._id,
            teamId: _.in(teams.map((t) => t._id)),
          },
          { limit: MAX },
        )
      : [];
  const byTeam = new Map(mine.map((m) => [m.teamId, m]));
  return { teams: teams.map((t) => teamView(t, me, byTeam.get(t._id))) };
});
