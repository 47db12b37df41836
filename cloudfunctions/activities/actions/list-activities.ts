import { listActivities } from '../../../types/activities/manage';
import { signupId, type ActivityDoc, type SignupDoc } from '../../../types/activities/model';
import { can } from '../../../types/auth/policies';
import { isPost } from '../../../types/auth/roles';
import { defineAction } from '../../_kernel/action';
import { activityView } from '../lib/view';
import type { TeamMemberDoc } from '../../../types/activities/teams';
import { organiserPlace } from '../lib/organiser';

const DAY = 86_400_000;

/** Upcoming and recent (last 30 days) activities: a veteran's audience nodes and the caller's own organiser nodes. */
export default defineAction(listActivities, async (_input, ctx) => {
  const { _ } = ctx;
  const caller = await ctx.caller();
  const since = new Date(ctx.now.getTime() - 30 * DAY);
  // A veteran's audiences: the nodes of their path, and the teams they belong to (their teams' activities).
  const teams = caller.veteran
    ? await ctx.read.many<TeamMemberDoc>(
        'teamMembers',
        { veteranId: caller.veteran._id, status: 'member' },
        { limit: 50 },
      )
    : [];
  const audienceNodes = caller.veteran ? [...caller.veteran.orgPath, ...teams.map((t) => t.teamId)] : [];
  const organiserNodes = caller.roles.filter(isPost).map((r) => r.orgId);
  const [joinable, organised] = await Promise.all([
    audienceNodes.length
      ? ctx.read.many<ActivityDoc>(
          'activities',
          { audienceOrgId: _.in(audienceNodes), startAt: _.gte(since) },
          { orderBy: [['startAt', 'asc']], limit: 50 },
        )
      : [],
    organiserNodes.length
      ? ctx.read.many<ActivityDoc>(
          'activities',
          { organiserOrgId: _.in(organiserNodes), startAt: _.gte(since) },
          { orderBy: [['startAt', 'asc']], limit: 50 },
        )
      : [],
  ]);
  const byId = new Map<string, ActivityDoc>();
  for (const a of [...joinable, ...organised]) byId.set(a._id, a);
  const shown = [...byId.values()]
    .filter((a) => a.status === 'open')
    .sort((a, b) => a.startAt.getTime() - b.startAt.getTime());
  // The caller's own sign-ups for what is shown, in one read (not one per activity).
  const veteranId = caller.veteran?._id;
  const ids = veteranId ? shown.map((a) => signupId(a._id, veteranId)) : [];
  const mine = new Map(
    (ids.length
      ? await ctx.read.many<SignupDoc>('activitySignups', { _id: _.in(ids) }, { limit: ids.length })
      : []
    ).map((s) => [s.activityId, s]),
  );
  const items = await Promise.all(
    shown.map((a) =>
      activityView(ctx, a, can(caller, 'activity:organise', organiserPlace(a)), mine.get(a._id) ?? null),
    ),
  );
  return { items };
});
