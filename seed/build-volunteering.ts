import type { StaffDoc } from '../types/account/model';
import {
  type ActivityDoc,
  type ActivityKind,
  type PublicityVenue,
  type SignupDoc,
  signupId,
} from '../types/activities/model';
import { activityFigures, activityMonth, volunteerBooking, type ActivityBooking } from '../types/activities/monthly';
import { AVAILABILITY, VOLUNTEER_SKILLS, type VolunteerDoc } from '../types/activities/volunteers';
import { SHANGHAI_OFFSET_MS } from '../types/common/shanghai-time';
import type { OrgDoc } from '../types/org/model';
import type { VeteranDoc } from '../types/veteran/model';
import type { Random } from './random';
import { teamMemberId, type TeamDoc, type TeamMemberDoc } from '../types/activities/teams';
import type { GroupDoc } from '../types/groups/model';

export interface VolunteeringSeed {
  volunteers: VolunteerDoc[];
  activities: ActivityDoc[];
  activitySignups: SignupDoc[];
  volunteerTeams: TeamDoc[];
  teamMembers: TeamMemberDoc[];
  /** The teams' own groups (members join them when bound to an account; the seeded members are not). */
  groups: GroupDoc[];
}

const DAY = 86_400_000;
/** Share of the veterans of working age (25-75) registered as volunteers. */
const VOLUNTEER_SHARE = 0.08;
const CAPACITY = 20;
const WAITLIST = 10;

const VOLUNTEER_TITLES = [
  ['关爱空巢老人上门服务', '为辖区独居、空巢老人上门打扫卫生、检查用电安全。'],
  ['社区环境整治志愿服务', '清理楼道杂物和卫生死角，劝导文明停车。'],
  ['党员义工夜间巡查', '分组巡查小区出入口和重点路段，发现隐患及时上报网格员。'],
  ['防溺水安全巡查', '在河涌、水塘周边巡查，向家长和孩子宣传防溺水知识。'],
  ['助老助残便民服务', '义务理发、量血压、维修小家电。'],
] as const;
const PUBLICITY: readonly (readonly [PublicityVenue, string, string])[] = [
  ['community', '拥军优抚政策进社区宣讲', '在社区广场设点讲解优待证、优抚补助和就业创业政策，解答居民提问。'],
  ['school', '国防教育进校园', '老兵走进课堂讲述从军经历，开展国防知识问答。'],
  ['enterprise', '退役军人就业政策进企业', '向企业讲解招用退役军人的税收优惠，收集岗位信息。'],
];

/** A Shanghai wall-clock hour on the day `days` from `now`, as an instant. */
function shanghaiAt(now: Date, days: number, hour: number): Date {
  const local = new Date(now.getTime() + SHANGHAI_OFFSET_MS + days * DAY);
  local.setUTCHours(hour, 0, 0, 0);
  return new Date(local.getTime() - SHANGHAI_OFFSET_MS);
}

const key = (at: Date, rng: Random) =>
  `${String(at.getTime()).padStart(13, '0')}${rng.int(0, 0xffffffff).toString(16).padStart(8, '0')}`;
const hex = (rng: Random, bytes: number) =>
  Array.from({ length: bytes }, () => rng.int(0, 255).toString(16).padStart(2, '0')).join('');

/**
 * 退役不褪色 in the demo district: about 8% of the veterans of working age registered as volunteers (skills,
 * availability, their community as area), and every community with a station two past activities (volunteer
 * service or publicity: signed up, checked in, hours recorded by the station, a summary) and one coming up
 * that is open for sign-up (a card in the community's grid groups). Written as the functions would have
 * written them (seat counters, timeline keys, `booked`), so the dashboard's activity rows fold from the
 * bookings returned, and later writes by the functions add their differences to them.
 */
export function buildVolunteering(args: {
  orgs: readonly OrgDoc[];
  staff: readonly StaffDoc[];
  veterans: readonly VeteranDoc[];
  rng: Random;
  now: Date;
}): VolunteeringSeed & { bookings: ActivityBooking[] } {
  const { rng, now } = args;
  const byId = new Map(args.orgs.map((o) => [o._id, o]));
  const year = now.getUTCFullYear();
  const volunteers: VolunteerDoc[] = [];
  for (const v of args.veterans) {
    const age = year - Number(v.birthDate.slice(0, 4));
    if (v.lifeStatus !== 'in_district' || v.category !== 'veteran' || age < 25 || age > 75) continue;
    if (!rng.chance(VOLUNTEER_SHARE)) continue;
    const registeredAt = new Date(now.getTime() - rng.int(20, 700) * DAY);
    const community = byId.get(v.orgPath[2]);
    volunteers.push({
      _id: v._id,
      veteranId: v._id,
      name: v.name,
      orgPath: v.orgPath,
      skills: rng.sample(VOLUNTEER_SKILLS, rng.int(1, 3)),
      otherSkill: '',
      availability: rng.sample(AVAILABILITY, rng.int(1, 2)),
      areaOrgId: community?._id ?? v.orgPath[v.orgPath.length - 1],
      areaName: community?.name ?? '',
      registeredAt,
      updatedAt: registeredAt,
    });
  }
  const byCommunity = new Map<string, VolunteerDoc[]>();
  for (const v of volunteers) byCommunity.set(v.orgPath[2], [...(byCommunity.get(v.orgPath[2]) ?? []), v]);

  const activities: ActivityDoc[] = [];
  const activitySignups: SignupDoc[] = [];
  const bookings: ActivityBooking[] = volunteers.map(volunteerBooking);
  const communities = args.orgs.filter((o) => o.kind === 'community');
  for (const community of communities) {
    const station = args.staff.find(
      (s) => s.orgId === community._id && s.role === 'station_staff' && s.status === 'active',
    );
    const people = byCommunity.get(community._id) ?? [];
    if (!station || people.length < 3) continue;
    const plans: { days: number; kind: ActivityKind }[] = [
      { days: -rng.int(60, 150), kind: rng.chance(0.5) ? 'publicity' : 'volunteer' },
      { days: -rng.int(7, 50), kind: 'volunteer' },
      { days: rng.int(4, 20), kind: 'volunteer' },
    ];
    plans.forEach(({ days, kind }, n) => {
      const past = days < 0;
      const startAt = shanghaiAt(now, days, rng.pick([9, 9, 14, 15]));
      const hours = rng.pick([2, 2, 3, 4]);
      const endAt = new Date(startAt.getTime() + hours * 3_600_000);
      const createdAt = past
        ? new Date(startAt.getTime() - rng.int(5, 14) * DAY)
        : new Date(now.getTime() - rng.int(1, 3) * DAY);
      const [title, description, venue] =
        kind === 'publicity'
          ? (() => {
              const [v, t, d] = rng.pick(PUBLICITY);
              return [t, d, v] as const;
            })()
          : [...rng.pick(VOLUNTEER_TITLES), null];
      const joined = rng.sample(people, Math.min(people.length, past ? rng.int(4, 12) : rng.int(2, 6)));
      const id = `act-${community._id}-${n + 1}`;
      const cardKey = key(createdAt, rng);
      const activity: ActivityDoc = {
        _id: id,
        kind,
        title,
        description,
        organiserOrgId: community._id,
        organiserPath: community.path,
        organiserName: community.name,
        audienceOrgId: community._id,
        audiencePath: community.path,
        audienceTeamId: null,
        teamLeaderVeteranId: null,
        place: kind === 'publicity' && venue === 'school' ? '辖区小学多功能厅' : `${community.name}党群服务中心`,
        startAt,
        endAt,
        signupDeadline: new Date(startAt.getTime() - DAY),
        capacity: CAPACITY,
        waitlistCap: WAITLIST,
        remaining: CAPACITY - joined.length,
        waitRemaining: WAITLIST,
        checkinSecret: hex(rng, 32),
        status: 'open',
        remindedAt: past ? new Date(startAt.getTime() - DAY) : null,
        venue,
        summary: past
          ? {
              text: `${title}顺利完成，${joined.length}名退役军人志愿者参加。`,
              peopleReached: kind === 'publicity' ? rng.int(60, 300) : null,
              photoFileIds: [],
              byName: station.name,
              at: endAt,
            }
          : null,
        cardKey,
        rev: cardKey,
        createdBy: { staffId: station._id, name: station.name },
        createdAt,
        updatedAt: past ? endAt : createdAt,
      };
      const signups: SignupDoc[] = joined.map((v, i) => {
        const queuedAt = new Date(createdAt.getTime() + (i + 1) * rng.int(10, 600) * 60_000);
        return {
          _id: signupId(id, v.veteranId),
          activityId: id,
          veteranId: v.veteranId,
          name: v.name,
          status: 'signed',
          queuedAt,
          claimToken: null,
          checkedInAt: past ? new Date(startAt.getTime() + rng.int(-10, 10) * 60_000) : null,
          minutes: past ? hours * 60 : null,
          recordedBy: past ? station.name : null,
          recordedAt: past ? endAt : null,
          organiserOrgId: community._id,
          activityTitle: title,
          activityKind: kind,
          activityStartAt: startAt,
          createdAt: queuedAt,
          updatedAt: past ? endAt : queuedAt,
        };
      });
      const figures = activityFigures(activity, signups);
      activity.booked = Object.keys(figures).length ? { figures, rev: 1 } : null;
      bookings.push({ orgPath: activity.organiserPath, month: activityMonth(activity), delta: figures });
      activities.push(activity);
      activitySignups.push(...signups);
    });
  }
  const unbound = new Set(args.veterans.filter((v) => !v.openid).map((v) => v._id));
  const teamable = new Map([...byCommunity].map(([c, vs]) => [c, vs.filter((v) => unbound.has(v.veteranId))]));
  const teams = buildTeams(args.orgs, args.staff, teamable, rng, now);
  return { volunteers, activities, activitySignups, bookings, ...teams };
}

/**
 * A 党员义工巡查队 in the first community of each street that has enough volunteers: a leader and up to six
 * members among them, as staff would have set it up and accepted them (seed article: a patrol team of party
 * members and volunteers in an estate without property management). Members bound to an account are left
 * out, so that the team's group (explicit, no members yet) needs no membership rows.
 */
function buildTeams(
  orgs: readonly OrgDoc[],
  staff: readonly StaffDoc[],
  byCommunity: Map<string, VolunteerDoc[]>,
  rng: Random,
  now: Date,
): Pick<VolunteeringSeed, 'volunteerTeams' | 'teamMembers' | 'groups'> {
  const volunteerTeams: TeamDoc[] = [];
  const teamMembers: TeamMemberDoc[] = [];
  const groups: GroupDoc[] = [];
  for (const street of orgs.filter((o) => o.kind === 'street')) {
    const community = orgs.find(
      (o) => o.kind === 'community' && o.path[1] === street._id && (byCommunity.get(o._id)?.length ?? 0) >= 4,
    );
    if (!community) continue;
    const people = rng.sample(
      byCommunity.get(community._id) ?? [],
      Math.min(7, byCommunity.get(community._id)!.length),
    );
    const [leader] = people;
    const id = `team-${community._id}`;
    const createdAt = new Date(now.getTime() - rng.int(30, 300) * DAY);
    const name = '党员义工巡查队';
    const station = staff.find((s) => s.orgId === community._id && s.role === 'station_staff' && s.openid);
    const createdBy = station?.openid ?? 'seed';
    volunteerTeams.push({
      _id: id,
      name,
      orgId: community._id,
      orgPath: community.path,
      orgName: community.name,
      leaderVeteranId: leader.veteranId,
      leaderName: leader.name,
      members: people.length,
      groupId: `team__${id}`,
      createdBy,
      createdAt,
      updatedAt: createdAt,
    });
    people.forEach((p, i) => {
      const at = new Date(createdAt.getTime() + i * rng.int(1, 5) * DAY);
      teamMembers.push({
        _id: teamMemberId(id, p.veteranId),
        teamId: id,
        veteranId: p.veteranId,
        name: p.name,
        status: 'member',
        requestedAt: at,
        decidedAt: at,
        decidedBy: i === 0 ? null : leader.name,
        updatedAt: at,
      });
    });
    groups.push({
      _id: `team__${id}`,
      kind: 'explicit',
      name,
      orgPath: community.path,
      gridId: null,
      announcement: null,
      announcementsOnly: false,
      createdBy,
      createdAt,
      updatedAt: createdAt,
    });
  }
  return { volunteerTeams, teamMembers, groups };
}
