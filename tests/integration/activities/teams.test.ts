/** @jest-environment node */
import {
  createTeam,
  decideTeamRequest,
  leaveTeam,
  listTeams,
  requestToJoinTeam,
  setTeamLeader,
  teamDetail,
} from '../../../types/activities/teams';
import { registerVolunteer } from '../../../types/activities/volunteers';
import { checkinCode } from '../../../types/activities/checkin';
import { activityDetail, createActivity, listActivities } from '../../../types/activities/manage';
import { signUp } from '../../../types/activities/signup';
import { openGroup } from '../../../types/groups/contracts';
import type { VeteranDoc } from '../../../types/veteran/model';
import { outcomeOf, type Stack } from '../../support/stack';
import { careStack, NOW, P, raw } from '../care/care-stack';
import { bindVeterans } from '../../support/bind-veterans';
import { localSdk } from '../../../scripts/seed-local';

/**
 * Issue 15 item 3: volunteer teams (e.g. a community's 党员义工巡查队) with a leader, members who ask to join
 * and are accepted by the leader or staff, and a group of their own. Expected states are read raw.
 */
jest.setTimeout(120_000);
let stack: Stack;
const COMMUNITY = 'c-10-01';
let teamId = '';
let groupId = '';
let leaderFile: VeteranDoc;
/** Bound veterans of 永济社区 beside demo-veteran-1: a volunteer and one who is not. */
let VOLUNTEER = '';
let NOT_VOLUNTEER = '';

const register = (openid: string, areaOrgId: string) =>
  stack.ok(registerVolunteer, { skills: ['patrol'], availability: ['weekend'], areaOrgId }, openid);
const member = (veteranId: string) => raw(stack, 'teamMembers', { teamId, veteranId })[0];
const inGroup = (openid: string) => raw(stack, 'groupMembers', { groupId, openid }).length === 1;

beforeAll(async () => {
  stack = await careStack();
  leaderFile = raw<VeteranDoc>(stack, 'veterans', { openid: P.veteranA })[0];
  [VOLUNTEER, NOT_VOLUNTEER] = await bindVeterans(stack.cloud, { 'orgPath.2': COMMUNITY }, 2, 'team', NOW);
  await register(P.veteranA, COMMUNITY);
  await register(VOLUNTEER, COMMUNITY);
});
afterAll(() => stack.close());

describe('setting up a team', () => {
  it('refused with nothing written: a grid member, a leader who is not a volunteer, one who lives elsewhere', async () => {
    const notVolunteer = raw<VeteranDoc>(stack, 'veterans', { openid: NOT_VOLUNTEER })[0];
    const elsewhere = raw<VeteranDoc>(stack, 'veterans', { 'orgPath.1': 's-01' })[0];
    const input = (leaderVeteranId: string) => ({ orgId: COMMUNITY, name: '党员义工巡查队', leaderVeteranId });
    const cases = [
      [P.gridMemberA, input(leaderFile._id), 'FORBIDDEN'],
      [P.stationA, input(notVolunteer._id), 'PRECONDITION_FAILED'],
      [P.stationA, input(elsewhere._id), 'NOT_FOUND'],
    ] as const;
    for (const [openid, body, code] of cases) {
      const { res, writes } = await stack.metered(createTeam, body, openid);
      expect(res).toMatchObject({ ok: false, error: { code } });
      expect(writes).toBe(0);
    }
  });

  it('the station sets up 党员义工巡查队 led by 张建国: the team, his membership and its group with him as admin', async () => {
    ({ teamId, groupId } = await stack.ok(
      createTeam,
      { orgId: COMMUNITY, name: '党员义工巡查队', leaderVeteranId: leaderFile._id },
      P.stationA,
    ));
    expect(raw(stack, 'volunteerTeams', { _id: teamId })[0]).toMatchObject({
      name: '党员义工巡查队',
      orgId: COMMUNITY,
      leaderName: leaderFile.name,
      members: 1,
      groupId,
    });
    expect(member(leaderFile._id).status).toBe('member');
    expect(raw(stack, 'groups', { _id: groupId })[0]).toMatchObject({ kind: 'explicit', name: '党员义工巡查队' });
    expect(raw(stack, 'groupMembers', { groupId, openid: P.veteranA })[0]).toMatchObject({ role: 'admin' });
    const again = await stack.metered(
      createTeam,
      { orgId: COMMUNITY, name: '党员义工巡查队', leaderVeteranId: leaderFile._id },
      P.stationA,
    );
    expect(again.res).toMatchObject({ ok: false, error: { code: 'ALREADY_EXISTS', field: 'name' } });
    expect(again.writes).toBe(0);
  });
});

describe('joining', () => {
  it('a volunteer of the community asks; someone not registered as a volunteer is told to register first', async () => {
    expect(await stack.ok(requestToJoinTeam, { teamId }, VOLUNTEER)).toEqual({ status: 'pending' });
    expect(await stack.ok(requestToJoinTeam, { teamId }, VOLUNTEER)).toEqual({ status: 'pending' });
    const { res, writes } = await stack.metered(requestToJoinTeam, { teamId }, NOT_VOLUNTEER);
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'PRECONDITION_FAILED', message: '请先在“我的志愿服务”中登记为志愿者' },
    });
    expect(writes).toBe(0);
  });

  it('a veteran of another street does not learn the team exists; a member cannot decide', async () => {
    for (const [contract, input] of [
      [teamDetail, { teamId }],
      [requestToJoinTeam, { teamId }],
    ] as const) {
      const { res, writes } = await stack.metered(contract as typeof teamDetail, input, P.veteranB);
      expect(res).toEqual({
        ok: false,
        error: { code: 'NOT_FOUND', message: '没有找到该志愿服务队', field: 'teamId' },
      });
      expect(writes).toBe(0);
    }
    const volunteerFile = raw<VeteranDoc>(stack, 'veterans', { openid: VOLUNTEER })[0];
    const { res, writes } = await stack.metered(
      decideTeamRequest,
      { teamId, veteranId: volunteerFile._id, accept: true },
      NOT_VOLUNTEER,
    );
    expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(writes).toBe(0);
  });

  it('the leader sees the request and accepts it: a member, in the team group, counted once', async () => {
    const volunteerFile = raw<VeteranDoc>(stack, 'veterans', { openid: VOLUNTEER })[0];
    const seen = await stack.ok(teamDetail, { teamId }, P.veteranA);
    expect(seen.team).toMatchObject({ mine: 'leader', manages: true, members: 1 });
    expect(seen.pending.map((p) => p.name)).toEqual([volunteerFile.name]);
    expect(
      await stack.ok(decideTeamRequest, { teamId, veteranId: volunteerFile._id, accept: true }, P.veteranA),
    ).toEqual({
      status: 'member',
    });
    const twice = await stack.metered(
      decideTeamRequest,
      { teamId, veteranId: volunteerFile._id, accept: true },
      P.stationA,
    );
    expect(twice.res).toMatchObject({ ok: false, error: { code: 'PRECONDITION_FAILED' } });
    expect(twice.writes).toBe(0);
    expect(member(volunteerFile._id).status).toBe('member');
    expect(raw(stack, 'volunteerTeams', { _id: teamId })[0].members).toBe(
      raw(stack, 'teamMembers', { teamId, status: 'member' }).length,
    );
    expect(inGroup(VOLUNTEER)).toBe(true);
    // A member sees the members, not the requests.
    const asMember = await stack.ok(teamDetail, { teamId }, VOLUNTEER);
    expect(asMember.team).toMatchObject({ mine: 'member', manages: false, members: 2 });
    expect(asMember.members.map((m) => [m.name, m.leader])).toEqual([
      [leaderFile.name, true],
      [volunteerFile.name, false],
    ]);
    expect(asMember.pending).toEqual([]);
    expect(JSON.stringify(asMember)).not.toContain(VOLUNTEER);
  });

  it('the teams list: the member sees theirs, the station manages it, the street sees it too', async () => {
    expect((await stack.ok(listTeams, {}, VOLUNTEER)).teams.map((t) => [t.name, t.mine])).toEqual([
      ['党员义工巡查队', 'member'],
    ]);
    expect((await stack.ok(listTeams, {}, P.stationA)).teams.map((t) => [t.name, t.manages])).toEqual([
      ['党员义工巡查队', true],
    ]);
    expect((await stack.ok(listTeams, {}, P.streetA)).teams).toHaveLength(1);
    expect((await stack.ok(listTeams, {}, P.veteranB)).teams).toEqual([]);
  });

  it('a member leaves the team and its group; the leader cannot leave', async () => {
    expect(await stack.ok(leaveTeam, { teamId }, VOLUNTEER)).toEqual({ left: true });
    expect(inGroup(VOLUNTEER)).toBe(false);
    expect(raw(stack, 'volunteerTeams', { _id: teamId })[0].members).toBe(1);
    const leader = await stack.metered(leaveTeam, { teamId }, P.veteranA);
    expect(leader.res).toMatchObject({ ok: false, error: { code: 'PRECONDITION_FAILED' } });
    expect(leader.writes).toBe(0);
    // Asking again after leaving puts the request back in line.
    expect(await stack.ok(requestToJoinTeam, { teamId }, VOLUNTEER)).toEqual({ status: 'pending' });
  });
});

describe("a team's own activity", () => {
  const HOUR = 3_600_000;
  const START = new Date(NOW.getTime() + 48 * HOUR);
  const input = (audienceTeamId: string | null) => ({
    kind: 'volunteer' as const,
    title: '无物业小区夜间巡查',
    description: '',
    organiserOrgId: COMMUNITY,
    audienceOrgId: COMMUNITY,
    audienceTeamId,
    place: '永济社区党群服务中心门口',
    startAt: START.toISOString(),
    endAt: new Date(START.getTime() + 3 * HOUR).toISOString(),
    signupDeadline: new Date(START.getTime() - 12 * HOUR).toISOString(),
    capacity: 10,
    waitlistCap: 0,
  });
  let activityId = '';

  beforeAll(async () => {
    // 队员 again: the request the last test left is accepted by the station.
    const volunteerFile = raw<VeteranDoc>(stack, 'veterans', { openid: VOLUNTEER })[0];
    await stack.ok(decideTeamRequest, { teamId, veteranId: volunteerFile._id, accept: true }, P.stationA);
  });

  it('the leader organises one for the team; a leader is no organiser of anything else', async () => {
    const other = await stack.metered(createActivity, input(null), P.veteranA);
    expect(other.res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(other.writes).toBe(0);
    ({ id: activityId } = await stack.ok(createActivity, input(teamId), P.veteranA));
    expect(raw(stack, 'activities', { _id: activityId })[0]).toMatchObject({
      audienceTeamId: teamId,
      audienceOrgId: teamId,
      organiserOrgId: COMMUNITY,
      teamLeaderVeteranId: leaderFile._id,
    });
    // The leader runs it: the check-in code is theirs to show.
    expect((await stack.ok(checkinCode, { activityId }, P.veteranA)).code).toMatch(/^\d{6}$/);
  });

  it('a member sees and joins it; a neighbour who is not in the team learns nothing of it', async () => {
    expect((await stack.ok(listActivities, {}, VOLUNTEER)).items.map((a) => a.id)).toContain(activityId);
    expect((await stack.ok(signUp, { activityId }, VOLUNTEER)).status).toBe('signed');
    expect((await stack.ok(listActivities, {}, NOT_VOLUNTEER)).items.map((a) => a.id)).not.toContain(activityId);
    for (const [contract, body] of [
      [activityDetail, { id: activityId }],
      [signUp, { activityId }],
    ] as const) {
      const { res, writes } = await stack.metered(
        contract as typeof signUp,
        body as { activityId: string },
        NOT_VOLUNTEER,
      );
      expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(writes).toBe(0);
    }
  });

  it('its card shows in the team group, not in the grid group', async () => {
    const inTeam = await stack.ok(openGroup, { groupId }, VOLUNTEER);
    expect(
      inTeam.items.filter((i) => i.type === 'activity').map((i) => (i as { activityId: string }).activityId),
    ).toEqual([activityId]);
    const gridGroup = raw<{ _id: string }>(stack, 'groups', { gridId: leaderFile.gridId })[0];
    const inGrid = await stack.ok(openGroup, { groupId: gridGroup._id }, P.veteranA);
    expect(
      inGrid.items.some((i) => i.type === 'activity' && (i as { activityId: string }).activityId === activityId),
    ).toBe(false);
  });
});

describe('a new leader', () => {
  it('the station names a member leader; the old one stays a member; the group admin follows; others may not', async () => {
    const volunteerFile = raw<VeteranDoc>(stack, 'veterans', { openid: VOLUNTEER })[0];
    const notMember = raw<VeteranDoc>(stack, 'veterans', { openid: NOT_VOLUNTEER })[0];
    for (const [openid, veteranId, code] of [
      [P.veteranA, volunteerFile._id, 'FORBIDDEN'],
      [P.stationA, notMember._id, 'PRECONDITION_FAILED'],
    ] as const) {
      const { res, writes } = await stack.metered(setTeamLeader, { teamId, veteranId }, openid);
      expect(res).toMatchObject({ ok: false, error: { code } });
      expect(writes).toBe(0);
    }
    expect(await stack.ok(setTeamLeader, { teamId, veteranId: volunteerFile._id }, P.stationA)).toEqual({
      leaderName: volunteerFile.name,
    });
    expect(raw(stack, 'volunteerTeams', { _id: teamId })[0]).toMatchObject({ leaderVeteranId: volunteerFile._id });
    expect(raw(stack, 'groupMembers', { groupId, openid: VOLUNTEER })[0]).toMatchObject({ role: 'admin' });
    expect(raw(stack, 'groupMembers', { groupId, openid: P.veteranA })[0]).toMatchObject({ role: 'member' });
    expect((await stack.ok(teamDetail, { teamId }, VOLUNTEER)).team).toMatchObject({ mine: 'leader', manages: true });
    expect((await stack.ok(teamDetail, { teamId }, P.veteranA)).team).toMatchObject({ mine: 'member', manages: false });
  });

  it('takes over the team activities: the new leader shows the check-in code, the old one may not', async () => {
    const volunteerFile = raw<VeteranDoc>(stack, 'veterans', { openid: VOLUNTEER })[0];
    const teamActivities = () =>
      raw<{ _id: string; teamLeaderVeteranId: string }>(stack, 'activities', { audienceTeamId: teamId });
    expect(teamActivities().length).toBe(1);
    expect(teamActivities()[0].teamLeaderVeteranId).toBe(volunteerFile._id);
    const activityId = teamActivities()[0]._id;
    expect((await stack.ok(checkinCode, { activityId }, VOLUNTEER)).code).toMatch(/^\d{6}$/);
    // Refused as to anyone who does not organise it (organisedActivity: not found).
    expect(await stack.call(checkinCode, { activityId }, P.veteranA)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('naming the leader again finishes a change cut off before the activities followed, else is refused', async () => {
    const volunteerFile = raw<VeteranDoc>(stack, 'veterans', { openid: VOLUNTEER })[0];
    const [activity] = raw<{ _id: string }>(stack, 'activities', { audienceTeamId: teamId });
    // As a call killed after the team changed and before its activities did would leave it.
    await localSdk(stack.cloud)
      .database()
      .collection('activities')
      .doc(activity._id)
      .update({ data: { teamLeaderVeteranId: leaderFile._id } });
    expect(await stack.ok(setTeamLeader, { teamId, veteranId: volunteerFile._id }, P.stationA)).toEqual({
      leaderName: volunteerFile.name,
    });
    expect(raw(stack, 'activities', { _id: activity._id })[0]).toMatchObject({
      teamLeaderVeteranId: volunteerFile._id,
    });
    const { res, writes } = await stack.metered(setTeamLeader, { teamId, veteranId: volunteerFile._id }, P.stationA);
    expect(res).toMatchObject({ ok: false, error: { code: 'PRECONDITION_FAILED', message: '他已经是队长' } });
    expect(writes).toBe(0);
  });
});

// Last: the team it sets up would show in the lists above.
describe('a call stopped midway', () => {
  it('a call stopped right after it writes the team: the team lands whole, with the leader and its group', async () => {
    const name = '应急救援志愿服务队';
    stack.cloud.killAfterWrite('volunteerTeams', 'activities');
    const answer = stack.call(createTeam, { orgId: COMMUNITY, name, leaderVeteranId: leaderFile._id }, P.stationA);
    expect(await outcomeOf(answer)).toBe('FUNCTION_TIMEOUT');
    const teams = raw(stack, 'volunteerTeams', { name });
    // The transaction landed whole: the team, the leader's membership, the group and the leader as its admin.
    expect(teams).toHaveLength(1);
    const [team] = teams;
    expect(raw(stack, 'teamMembers', { teamId: team._id })).toHaveLength(1);
    expect(raw(stack, 'groups', { _id: team.groupId })[0]).toMatchObject({ kind: 'explicit', name });
    expect(raw(stack, 'groupMembers', { groupId: team.groupId, openid: P.veteranA })[0]).toMatchObject({
      role: 'admin',
    });
  });
});
