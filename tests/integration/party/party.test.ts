/** @jest-environment node */
import {
  appointPartyPost,
  branchMembers,
  myBranches,
  setUpBranch,
  setUpSmallGroup,
  syncBranchMembers,
} from '../../../types/party/organisation';
import {
  exportMeetings,
  meetingDetail,
  memberParticipation,
  myPartyLife,
  recordMeeting,
  scheduleMeeting,
  uploadMeetingPhoto,
} from '../../../types/party/meetings';
import { groupMembers, openGroup } from '../../../types/groups/contracts';
import { fileDetail } from '../../../types/ledger/roster';
import { myFile } from '../../../types/profile/queries';
import { whoami } from '../../../types/account/whoami';
import cloudSdk from 'wx-server-sdk';
import { outcomeOf, type Stack } from '../../support/stack';
import { careStack, NOW, P, raw } from '../care/care-stack';
import { downloadSheet } from '../../support/exports';

/**
 * Party organisation (issue 15 item 1) on the tiny demo district: 南屏镇 (s-10) gets a party-affairs worker,
 * 永济社区 (c-10-01) its 退役军人党支部, 第三网格 (g-10-01-3) its 党小组. Expected members come from a raw scan
 * of the files, not from the function.
 */
jest.setTimeout(60_000);
const HOUR = 3_600_000;
let stack: Stack;
let branchId: string;
let smallGroupId: string;
let branchName: string;
/** The files of the branch (party members of it, living in the district), from the store. */
let expected: { _id: string; name: string; gridId: string; openid: string | null }[];
let secretary: { _id: string; openid: string; name: string };

const codeOf = (res: { ok: boolean; error?: { code: string; field?: string } }) => [res.error?.code, res.error?.field];
const REFUSED = ['FORBIDDEN', 'NOT_FOUND'];
const errorOf = (res: { ok: boolean }) =>
  (res as { error?: { code: string; message: string } }).error ?? { code: 'ok', message: '' };

/**
 * The tiny district has few party members: the files of 永济社区 get some, as the ledger would record them
 * (members of this branch, one of another branch, one moved away), and some are bound to WeChat accounts.
 */
async function partyFiles(): Promise<void> {
  const sdk = (cloudSdk as unknown as { createNewInstance(c: object): typeof cloudSdk }).createNewInstance({
    env: stack.cloud.envId,
    serviceUrl: stack.cloud.serviceUrl,
    secretId: 'local',
    secretKey: 'local',
  });
  const db = sdk.database();
  // The demo seed's own party organisation (seed/build-party.ts) is taken away: this story sets it up itself.
  const _ = db.command;
  for (const name of ['partyBranches', 'partySmallGroups', 'partyMembers', 'partyPosts', 'partyMeetings'])
    await db
      .collection(name)
      .where({ _id: _.exists(true) })
      .remove();
  await db
    .collection('groups')
    .where({ _id: db.RegExp({ regexp: '^party__' }) })
    .remove();
  await db
    .collection('groupMembers')
    .where({ groupId: db.RegExp({ regexp: '^party__' }) })
    .remove();
  const files = raw(stack, 'veterans', { 'orgPath.2': 'c-10-01', lifeStatus: 'in_district' });
  const grid = files.filter((v) => v.gridId === 'g-10-01-3').slice(0, 6);
  const others = files.filter((v) => v.gridId !== 'g-10-01-3').slice(0, 4);
  for (const [i, v] of [...grid, ...others].entries()) {
    const data: Record<string, unknown> = { party: { member: true, branch: branchName } };
    if (i === grid.length) data.party = { member: true, branch: '南屏镇退役军人党支部' };
    if (i === grid.length + 1) data.lifeStatus = 'moved_out';
    if (!v.openid && i % 2 === 0) {
      data.openid = `party-${i}`;
      await db.collection('accounts').add({
        data: {
          _id: `party-${i}`,
          veteranId: v._id,
          staffIds: [],
          supervisorIds: [],
          registrationId: null,
          createdAt: NOW,
        },
      });
    }
    await db.collection('veterans').doc(v._id).update({ data });
  }
}

beforeAll(async () => {
  stack = await careStack();
  const community = raw(stack, 'orgs', { _id: 'c-10-01' })[0];
  branchName = `${community.name}退役军人党支部`;
  await partyFiles();
  expected = raw(stack, 'veterans', {
    'orgPath.2': 'c-10-01',
    'party.member': true,
    'party.branch': branchName,
    lifeStatus: 'in_district',
  });
}, 120_000);
afterAll(() => stack.close());

describe('party organisation', () => {
  it('the district appoints a party-affairs worker; only they set up branches and small groups, strangers write nothing', async () => {
    const streetAdmin = raw(stack, 'staff', { openid: P.streetA })[0];
    const byStreet = await stack.metered(
      appointPartyPost,
      { post: 'affairs', orgId: 's-10', staffId: streetAdmin._id },
      P.streetA,
    );
    expect(byStreet.res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(byStreet.writes).toBe(0);
    await stack.ok(appointPartyPost, { post: 'affairs', orgId: 's-10', staffId: streetAdmin._id }, P.district);

    for (const who of [P.gridMemberA, P.stationA, P.district]) {
      const r = await stack.metered(setUpBranch, { orgId: 'c-10-01' }, who);
      expect(REFUSED).toContain(errorOf(r.res).code);
      expect(r.writes).toBe(0);
    }
    const made = await stack.ok(setUpBranch, { orgId: 'c-10-01' }, P.streetA);
    branchId = made.branchId;
    expect(raw(stack, 'partyBranches', { _id: branchId })[0]).toMatchObject({ name: branchName, level: 'community' });
    expect(raw(stack, 'groups', { _id: made.groupId })[0]).toMatchObject({ kind: 'explicit', name: branchName });
    const again = await stack.metered(setUpBranch, { orgId: 'c-10-01' }, P.streetA);
    expect(codeOf(again.res)).toEqual(['ALREADY_EXISTS', 'orgId']);
    expect(again.writes).toBe(0);
    const outside = await stack.metered(setUpBranch, { orgId: 'c-01-01' }, P.streetA);
    expect(outside.res.ok).toBe(false);
    expect(outside.writes).toBe(0);

    const group = await stack.ok(setUpSmallGroup, { gridId: 'g-10-01-3' }, P.streetA);
    smallGroupId = group.smallGroupId;
    expect(group.branchId).toBe(branchId);
    expect(raw(stack, 'partySmallGroups', { _id: smallGroupId })[0].name).toMatch(/退役军人党小组$/);
  });

  it('membership comes from the files: every party member of the branch, placed in their grid’s small group; bound ones join the groups', async () => {
    expect(expected.length).toBeGreaterThan(3);
    const res = await stack.ok(syncBranchMembers, { branchId }, P.streetA);
    const bound = expected.filter((v) => v.openid);
    expect(res).toEqual({ members: expected.length, bound: bound.length, left: 0 });
    const list = await stack.ok(branchMembers, { branchId }, P.streetA);
    expect(list.items.map((m) => m.name).sort()).toEqual(expected.map((v) => v.name).sort());
    const inGrid = list.items.filter((m) => m.smallGroupName.endsWith('党小组'));
    expect(inGrid.length).toBe(expected.filter((v) => v.gridId === 'g-10-01-3').length);
    const branchGroup = raw(stack, 'partyBranches', { _id: branchId })[0].groupId;
    expect(
      raw(stack, 'groupMembers', { groupId: branchGroup })
        .map((m) => m.openid)
        .sort(),
    ).toEqual(bound.map((v) => v.openid).sort());
    // Nothing of the file beyond the name leaves: no ID number, phone, OPENID.
    expect(JSON.stringify(list)).not.toMatch(/\*{4}|openid|demo-veteran/i);
  });

  it('membership is sensitive: the grid team, the station, another street and the veterans cannot read it, not even through the group', async () => {
    for (const who of [P.gridMemberA, P.gridLeaderA, P.stationA, P.veteranA, 'demo-street-admin-s-01']) {
      const r = await stack.metered(branchMembers, { branchId }, who);
      expect(REFUSED).toContain(errorOf(r.res).code);
      expect(r.writes).toBe(0);
    }
    // The ledger's file page shows the grid team that the field exists, not its value; the person reads their own.
    const member = expected.find((v) => v.openid && v.gridId === 'g-10-01-3');
    if (!member?.openid) throw new Error('no bound member in the grid');
    const partyFields = (sections: { fields: { field: string; value: string }[] }[]) =>
      sections.flatMap((sec) => sec.fields).filter((f) => f.field === 'partyMember' || f.field === 'partyBranch');
    const seen = await stack.ok(fileDetail, { veteranId: member._id }, P.gridMemberA);
    expect(partyFields(seen.file.sections).map((f) => f.value)).toEqual(['仅党组织可见', '仅党组织可见']);
    const own = await stack.ok(myFile, {}, member.openid);
    expect(partyFields(own.file.sections).map((f) => f.value)).toEqual(['是', branchName]);

    const branchGroup = raw(stack, 'partyBranches', { _id: branchId })[0].groupId;
    for (const who of [P.stationA, P.gridMemberA, P.district]) {
      const r = await stack.call(groupMembers, { groupId: branchGroup }, who);
      expect(REFUSED).toContain(r.ok ? 'ok' : r.error.code);
    }
  });

  it('the branch secretary is a bound member, appointed by the party-affairs worker; they then keep the branch', async () => {
    const candidate = expected.find((v) => v.openid && v.gridId === 'g-10-01-3') ?? expected.find((v) => v.openid);
    if (!candidate?.openid) throw new Error('no bound member in the branch');
    secretary = { _id: candidate._id, openid: candidate.openid, name: candidate.name };
    const before = await stack.metered(branchMembers, { branchId }, secretary.openid);
    expect(REFUSED).toContain(errorOf(before.res).code);
    const stranger = raw(stack, 'veterans', { 'orgPath.2': 'c-01-01', openid: { $ne: null } })[0];
    const wrong = await stack.metered(
      appointPartyPost,
      { post: 'secretary', branchId, veteranId: stranger._id },
      P.streetA,
    );
    expect(codeOf(wrong.res)).toEqual(['PRECONDITION_FAILED', 'veteranId']);
    expect(wrong.writes).toBe(0);
    await stack.ok(appointPartyPost, { post: 'secretary', branchId, veteranId: secretary._id }, P.streetA);
    const mine = await stack.ok(myBranches, {}, secretary.openid);
    expect(mine.items.map((b) => b.name)).toEqual([branchName]);
    expect((await stack.ok(branchMembers, { branchId }, secretary.openid)).items.length).toBe(expected.length);
    const branchGroup = raw(stack, 'partyBranches', { _id: branchId })[0].groupId;
    expect((await stack.ok(openGroup, { groupId: branchGroup }, secretary.openid)).group.abilities).toMatchObject({
      canManageMembers: true,
    });
  });
});

describe('组织生活: a grid’s 党小组会 recorded with attendance', () => {
  let meetingId: string;
  let roster: { _id: string; name: string; openid: string | null }[];
  const start = new Date(NOW.getTime() + 20 * HOUR);

  it('a 党小组会 expects the small group’s members; a meeting is recorded only after it starts, with everyone accounted for', async () => {
    roster = expected.filter((v) => v.gridId === 'g-10-01-3');
    const input = {
      kind: 'small_group' as const,
      branchId,
      smallGroupId,
      subject: '学习退役军人保障法',
      place: '永济社区党群服务中心二楼',
      startAt: start.toISOString(),
    };
    const byGrid = await stack.metered(scheduleMeeting, input, P.gridLeaderA);
    expect(REFUSED).toContain(errorOf(byGrid.res).code);
    expect(byGrid.writes).toBe(0);
    const made = await stack.ok(scheduleMeeting, input, secretary.openid);
    meetingId = made.meetingId;
    expect(made.expected).toBe(roster.length);

    const attendance = roster.map((v, i) => ({
      veteranId: v._id,
      status: (['present', 'excused', 'absent'] as const)[i % 3],
    }));
    const minutes = '传达学习退役军人保障法，讨论本网格困难党员帮扶。';
    const early = await stack.metered(recordMeeting, { meetingId, attendance, minutes }, secretary.openid);
    expect(codeOf(early.res)).toEqual(['PRECONDITION_FAILED', undefined]);
    expect(early.writes).toBe(0);

    stack.cloud.clock.set(new Date(start.getTime() + 2 * HOUR));
    const missing = await stack.metered(
      recordMeeting,
      { meetingId, attendance: attendance.slice(1), minutes },
      secretary.openid,
    );
    expect(codeOf(missing.res)).toEqual(['INVALID_INPUT', 'attendance']);
    expect(errorOf(missing.res).message).toContain(roster[0].name);
    const foreignPhoto = await stack.metered(
      recordMeeting,
      {
        meetingId,
        attendance,
        minutes,
        photoFileIds: ['cloud://env.bucket/uploads/party-meetings/someone-else/x.jpg'],
      },
      secretary.openid,
    );
    expect(codeOf(foreignPhoto.res)).toEqual(['INVALID_INPUT', 'photoFileIds.0']);
    for (const r of [missing, foreignPhoto]) expect(r.writes).toBe(0);

    const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const photo = await stack.ok(uploadMeetingPhoto, { contentType: 'image/png', dataBase64: PNG }, secretary.openid);
    const photoByVeteran = await stack.metered(
      uploadMeetingPhoto,
      { contentType: 'image/png', dataBase64: PNG },
      P.veteranB,
    );
    expect(photoByVeteran.res.ok).toBe(false);
    expect(photoByVeteran.writes).toBe(0);

    const view = await stack.ok(
      recordMeeting,
      { meetingId, attendance, minutes, photoFileIds: [photo.fileID] },
      secretary.openid,
    );
    const count = (s: string) => attendance.filter((a) => a.status === s).length;
    expect(view.counts).toEqual({
      expected: roster.length,
      present: count('present'),
      excused: count('excused'),
      absent: count('absent'),
    });
    expect(view.kindLabel).toBe('党小组会');
    expect(view.photoUrls).toHaveLength(1);
    const twice = await stack.metered(recordMeeting, { meetingId, attendance, minutes }, secretary.openid);
    expect(codeOf(twice.res)).toEqual(['PRECONDITION_FAILED', undefined]);
    expect(twice.writes).toBe(0);
    expect((await stack.ok(meetingDetail, { meetingId }, P.streetA)).roster.map((r) => r.statusLabel)).toEqual(
      view.roster.map((r) => r.statusLabel),
    );
    const stranger = await stack.call(meetingDetail, { meetingId }, P.gridMemberA);
    expect(REFUSED).toContain(stranger.ok ? 'ok' : stranger.error.code);
  });

  it('each member’s participation over a period counts the recorded meetings that expected them', async () => {
    const day = (d: Date) => new Date(d.getTime() + 8 * HOUR).toISOString().slice(0, 10);
    const res = await stack.ok(memberParticipation, { branchId, from: day(NOW), to: day(start) }, secretary.openid);
    expect(res.meetings).toBe(1);
    const stored = raw(stack, 'partyMeetings', { _id: meetingId })[0].roster as { veteranId: string; status: string }[];
    for (const line of stored) {
      const mine = res.items.find((i) => i.veteranId === line.veteranId);
      expect(mine).toMatchObject({ expected: 1, [line.status]: 1 });
    }
    const others = res.items.filter((i) => !stored.some((s) => s.veteranId === i.veteranId));
    expect(others.every((o) => o.expected === 0)).toBe(true);
    expect(others.length).toBe(expected.length - roster.length);
    const before = await stack.ok(
      memberParticipation,
      { branchId, from: '2025-01-01', to: day(NOW) },
      secretary.openid,
    );
    expect(before.meetings).toBe(0);
  });

  it('exports 三会一课 as a plain table: one row a meeting, with the names under each attendance', async () => {
    const out = await stack.ok(exportMeetings, { branchId, from: '2025-01-01', to: '2025-12-31' }, P.streetA);
    const lines = await downloadSheet(out.url);
    expect(lines[0].slice(0, 5)).toEqual(['会议时间', '会议类型', '党组织', '会议主题', '地点']);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('党小组会');
    expect(lines[1]).toContain('学习退役军人保障法');
    const present = roster.filter((_, i) => i % 3 === 0).map((v) => v.name);
    // Names in the roster's order (by name); which names, not their order, is what this checks.
    expect(lines[1][9].split('、').sort()).toEqual(present.sort());
    expect(out.fileName).toMatch(/三会一课.*\.xlsx$/);
    const refused = await stack.metered(exportMeetings, { branchId, from: '2025-01-01', to: '2025-12-31' }, P.stationA);
    expect(refused.res.ok).toBe(false);
    expect(refused.writes).toBe(0);
  });

  it('a member sees their own branch, small group and attendance this year', async () => {
    const life = await stack.ok(myPartyLife, {}, secretary.openid);
    expect(life.branchName).toBe(branchName);
    const mine = raw(stack, 'partyMeetings', { _id: meetingId })[0].roster.find(
      (r: { veteranId: string }) => r.veteranId === secretary._id,
    );
    const attended = { present: 0, excused: 0, absent: 0 };
    if (mine) attended[mine.status as keyof typeof attended] = 1;
    expect(life.attended).toEqual(attended);
    // The recorded meeting is among their past ones, with their own attendance as the roster holds it.
    const labels = { present: '出席', excused: '请假', absent: '缺席' } as Record<string, string>;
    expect(life.past.find((m) => m.id === meetingId)?.statusLabel).toBe(labels[mine?.status]);
    const notMember = await stack.call(myPartyLife, {}, P.veteranB);
    expect(notMember.ok ? 'ok' : notMember.error.code).toBe('NOT_FOUND');
  });

  it('whoami names a member’s membership (首页 shows 党组织生活 by it); nobody else holds it', async () => {
    // Expected from the store: their membership row and the 党小组 (or branch) it places them in.
    const row = raw(stack, 'partyMembers', { _id: secretary._id })[0];
    const placeId = row.path[row.path.length - 1];
    const place = [
      ...raw(stack, 'partySmallGroups', { _id: placeId }),
      ...raw(stack, 'partyBranches', { _id: placeId }),
    ];
    const roles = (await stack.ok(whoami, {}, secretary.openid)).roles;
    expect(roles.filter((r) => r.role === 'party_member')).toEqual([
      expect.objectContaining({ roleLabel: '党员', orgId: placeId, orgName: place[0].name, orgPath: row.path }),
    ]);
    expect(roles.map((r) => r.role)).toEqual(expect.arrayContaining(['veteran', 'party_secretary']));
    for (const other of [P.veteranB, P.gridMemberA, P.streetA])
      expect((await stack.ok(whoami, {}, other)).roles.map((r) => r.role)).not.toContain('party_member');
  });
});

describe('reminders before a meeting', () => {
  it('members who allowed it get one subscribe message the day before; a second run sends nothing more', async () => {
    const at = stack.cloud.clock.now();
    const start = new Date(at.getTime() + 30 * HOUR);
    const { meetingId } = await stack.ok(
      scheduleMeeting,
      {
        kind: 'theme_day',
        branchId,
        subject: '主题党日：走访困难老党员',
        place: '永济社区',
        startAt: start.toISOString(),
      },
      secretary.openid,
    );
    const bound = expected.filter((v) => v.openid);
    const subscriber = bound[0];
    await stack.subscribe(subscriber.openid as string, { partyMeeting: 'accept' });
    const sentTo = () =>
      stack.cloud
        .outbox()
        .filter((m) => m.templateId === 'local-tmpl-party-meeting')
        .map((m) => m.touser);

    await stack.cloud.fireTrigger('party', 'remindMeetings');
    expect(sentTo()).toEqual([]); // 30 hours ahead: not yet
    stack.cloud.clock.set(new Date(start.getTime() - 20 * HOUR));
    await stack.cloud.fireTrigger('party', 'remindMeetings');
    expect(sentTo()).toEqual([subscriber.openid]);
    const message = stack.cloud.outbox().find((m) => m.templateId === 'local-tmpl-party-meeting');
    expect(JSON.stringify(message)).toContain('主题党日');
    await stack.cloud.fireTrigger('party', 'remindMeetings');
    expect(sentTo()).toEqual([subscriber.openid]);
    expect(raw(stack, 'partyMeetings', { _id: meetingId })[0].remindedAt).not.toBeNull();
  });
});

describe('a call stopped midway', () => {
  it('a branch set up by a call stopped right after it writes the branch lands with its group', async () => {
    stack.cloud.killAfterWrite('partyBranches', 'party');
    expect(await outcomeOf(stack.call(setUpBranch, { orgId: 's-10' }, P.streetA))).toBe('FUNCTION_TIMEOUT');
    const [branch] = raw(stack, 'partyBranches', { orgId: 's-10' });
    expect(branch).toMatchObject({ level: 'street' });
    expect(raw(stack, 'groups', { _id: branch.groupId })[0]).toMatchObject({ kind: 'explicit', name: branch.name });
  });

  it('a small group set up by a call stopped right after it writes the small group lands with its group', async () => {
    stack.cloud.killAfterWrite('partySmallGroups', 'party');
    expect(await outcomeOf(stack.call(setUpSmallGroup, { gridId: 'g-10-01-2' }, P.streetA))).toBe('FUNCTION_TIMEOUT');
    const [small] = raw(stack, 'partySmallGroups', { gridId: 'g-10-01-2' });
    expect(small).toMatchObject({ branchId });
    expect(raw(stack, 'groups', { _id: small.groupId })[0]).toMatchObject({ kind: 'explicit', name: small.name });
  });
});
