/** @jest-environment node */
import { createActivity } from '../../../types/activities/manage';
import { signUp } from '../../../types/activities/signup';
import { checkIn, checkinCode, markAttendance } from '../../../types/activities/checkin';
import { recordHours } from '../../../types/activities/records';
import { correctHours } from '../../../types/activities/corrections';
import { summarizeActivity } from '../../../types/activities/summary';
import { registerVolunteer } from '../../../types/activities/volunteers';
import { issueInvitation, markStaff, moveStaff, removeStaff } from '../../../types/account/staff';
import { recordMeeting, scheduleMeeting } from '../../../types/party/meetings';
import { dashboardExport, dashboardOverview } from '../../../types/dashboard/overview';
import { localSdk } from '../../../scripts/seed-local';
import type { Stack } from '../../support/stack';
import { careStack, dateOf, NOW, P, raw } from '../care/care-stack';
import { bindVeterans as bindUnder } from '../../support/bind-veterans';
import { patrolActivity } from './patrol';

jest.setTimeout(240_000);
const HOUR = 3_600_000;
const START = new Date(NOW.getTime() + 48 * HOUR);
const PERIOD = { from: '2019-01', to: '2025-06' };
const SECRETARY = 'demo-party-secretary';
let stack: Stack;
let locals: string[] = [];

type V = Record<string, any>;
const FIELDS = [
  'activities',
  'peopleReached',
  'serviceMinutes',
  'meetings',
  'meetingExpected',
  'meetingPresent',
  'volunteers',
  'veteranStaff',
] as const;
type Figures = Record<(typeof FIELDS)[number], number>;
const zero = (): Figures => Object.fromEntries(FIELDS.map((f) => [f, 0])) as Figures;
const monthOf = (v: unknown) => new Date(dateOf(v) + 8 * HOUR).toISOString().slice(0, 7);

/**
 * What every node counts in every month, from a raw scan of the source collections (not the rows): each record
 * counts at every node of its org path, worked out here from the records themselves.
 */
function rawFigures(): Map<string, Figures> {
  const out = new Map<string, Figures>();
  const add = (path: string[], month: string, f: Partial<Figures>) => {
    for (const id of path) {
      const key = `${id}|${month}`;
      const at = out.get(key) ?? out.set(key, zero()).get(key)!;
      for (const k of FIELDS) at[k] += f[k] ?? 0;
    }
  };
  const signups = raw(stack, 'activitySignups', { status: 'signed' });
  for (const a of raw(stack, 'activities', { status: 'open' })) {
    const mine = signups.filter((s) => s.activityId === a._id);
    const held = !!a.summary || mine.some((s) => s.checkedInAt);
    add(a.organiserPath, monthOf(a.startAt), {
      activities: held ? 1 : 0,
      peopleReached: a.kind === 'publicity' ? (a.summary?.peopleReached ?? 0) : 0,
      serviceMinutes: mine.reduce((s, x) => s + (x.minutes ?? 0), 0),
    });
  }
  const branches = new Map(raw(stack, 'partyBranches').map((b) => [b._id, b]));
  const groups = new Map(raw(stack, 'partySmallGroups').map((g) => [g._id, g]));
  for (const m of raw(stack, 'partyMeetings', { status: 'recorded' })) {
    const branch = branches.get(m.branchId)!;
    const path = m.smallGroupId ? [...branch.orgPath, groups.get(m.smallGroupId)!.gridId] : branch.orgPath;
    add(path, monthOf(m.startAt), {
      meetings: 1,
      meetingExpected: m.roster.length,
      meetingPresent: m.roster.filter((r: V) => r.status === 'present').length,
    });
  }
  for (const v of raw(stack, 'volunteers')) add(v.orgPath, monthOf(v.registeredAt), { volunteers: 1 });
  for (const s of raw(stack, 'staff', { status: 'active', isVeteran: true }))
    if (s.role === 'grid_member' || s.role === 'grid_leader') add(s.orgPath, monthOf(s.createdAt), { veteranStaff: 1 });
  return out;
}

/** Every month of every row against the raw scan, and every node-month of the raw scan present in the rows. */
function expectRowsEqualRawScan() {
  const want = rawFigures();
  const seen = new Set<string>();
  for (const row of raw(stack, 'activityMonthly'))
    for (const [month, m] of Object.entries(row.months ?? {}) as [string, V][]) {
      const key = `${row.orgId}|${month}`;
      seen.add(key);
      const got = Object.fromEntries(FIELDS.map((f) => [f, m[f] ?? 0]));
      expect([key, got]).toEqual([key, want.get(key) ?? zero()]);
    }
  for (const [key, f] of want) if (FIELDS.some((k) => f[k])) expect(seen.has(key) ? key : `missing ${key}`).toBe(key);
}

/** A node's dashboard figures from the raw scan: flows within the period, stocks up to its end. */
function expectedOf(id: string, from = PERIOD.from, to = PERIOD.to): Figures {
  const sum = zero();
  for (const [key, f] of rawFigures()) {
    const [node, month] = key.split('|');
    if (node !== id) continue;
    for (const k of FIELDS) {
      const stock = k === 'volunteers' || k === 'veteranStaff';
      if (stock ? month <= to : month >= from && month <= to) sum[k] += f[k];
    }
  }
  return sum;
}

const pick = (row: V): Figures => Object.fromEntries(FIELDS.map((f) => [f, row[f]])) as Figures;

/** The dashboard over the district, a street, a community drilled into and a grid against the raw scan. */
async function expectDashboardEqualsRawScan() {
  for (const [who, orgId, id] of [
    [P.district, null, 'd-xz'],
    [P.streetA, null, 's-10'],
    [P.district, 'c-10-01', 'c-10-01'],
    [P.streetA, 'g-10-01-3', 'g-10-01-3'],
  ] as const) {
    const out = await stack.ok(dashboardOverview, { orgId, ...PERIOD }, who);
    expect([id, pick(out.total)]).toEqual([id, expectedOf(id)]);
    for (const child of out.children) expect([child.id, pick(child)]).toEqual([child.id, expectedOf(child.id)]);
  }
}

const bindVeterans = (node: string, depth: number, n: number) =>
  bindUnder(stack.cloud, { [`orgPath.${depth}`]: node }, n, `roll-${node}`, NOW);

const activityInput = (over: Record<string, unknown>) =>
  patrolActivity({ title: '党员义工巡查队 周末巡查', capacity: 8, ...over });

beforeAll(async () => {
  stack = await careStack();
  locals = await bindVeterans('s-10', 1, 8);
}, 180_000);
afterAll(() => stack.close());

it('the seeded rows equal a raw scan of the meetings and staff they were folded from', async () => {
  expectRowsEqualRawScan();
  // The seed holds recorded meetings and veteran grid members, so the figures are not all zero.
  const district = expectedOf('d-xz');
  expect(district.meetings).toBeGreaterThan(0);
  expect(district.veteranStaff).toBeGreaterThan(0);
  await expectDashboardEqualsRawScan();
});

it('after a mix of writes, with a concurrent burst, every figure equals a raw scan', async () => {
  const before = await stack.ok(dashboardOverview, PERIOD, P.district);
  // Three activities: a street's, a community's publicity, and one of the district itself (in none of its streets).
  const street = await stack.ok(createActivity, activityInput({}), P.streetA);
  const publicity = await stack.ok(
    createActivity,
    activityInput({ kind: 'publicity', venue: 'school', organiserOrgId: 'c-10-01', audienceOrgId: 'c-10-01' }),
    P.streetA,
  );
  const district = await stack.ok(createActivity, activityInput({ organiserOrgId: 'd-xz' }), P.district);
  for (const who of locals.slice(0, 6)) {
    await stack.ok(signUp, { activityId: street.id }, who);
    await stack.ok(signUp, { activityId: district.id }, who);
  }
  stack.cloud.clock.set(START);
  const { code } = await stack.ok(checkinCode, { activityId: street.id }, P.streetA);
  const districtSignups = raw(stack, 'activitySignups', { activityId: district.id, status: 'signed' });
  const gridStaff = raw(stack, 'staff', { 'orgPath.1': 's-10', status: 'active' }).filter(
    (s) => s.role === 'grid_member' || s.role === 'grid_leader',
  );
  const toggled = gridStaff.slice(0, 4);
  // The burst: check-ins, ticked attendance, volunteers registering, staff marked and a summary, all at once.
  await Promise.all([
    ...locals.slice(0, 6).map((who) => stack.ok(checkIn, { activityId: street.id, code }, who)),
    stack.ok(markAttendance, { activityId: district.id, signupIds: districtSignups.map((s) => s._id) }, P.district),
    ...locals.map((who) =>
      stack.ok(registerVolunteer, { skills: ['patrol'], availability: ['weekend'], areaOrgId: 's-10' }, who),
    ),
    ...toggled.map((s) =>
      stack.ok(markStaff, { staffId: s._id, isVeteran: !s.isVeteran, partyMember: true }, P.streetA),
    ),
    stack.ok(
      summarizeActivity,
      { activityId: publicity.id, text: '走进南屏中学宣讲国防教育', peopleReached: 320 },
      P.streetA,
    ),
  ]);
  const signed = raw(stack, 'activitySignups', { activityId: street.id, status: 'signed' });
  // Hours in three concurrent calls, and the district's at the same time.
  await Promise.all([
    ...[0, 2, 4].map((i) =>
      stack.ok(
        recordHours,
        { activityId: street.id, entries: signed.slice(i, i + 2).map((s, j) => ({ signupId: s._id, hours: 2 + j })) },
        P.streetA,
      ),
    ),
    stack.ok(
      recordHours,
      { activityId: district.id, entries: districtSignups.map((s) => ({ signupId: s._id, hours: 1.5 })) },
      P.district,
    ),
  ]);
  await stack.ok(
    correctHours,
    { activityId: street.id, signupId: signed[0]._id, hours: 4.5, reason: '漏记夜间巡查时长' },
    P.streetA,
  );
  // A summary rewritten: the change of people reached, not the whole, is added.
  await stack.ok(
    summarizeActivity,
    { activityId: publicity.id, text: '走进南屏中学宣讲国防教育，补录两个班', peopleReached: 350 },
    P.streetA,
  );
  // A volunteer changes their registration (no new volunteer), a staff mark toggled back.
  await stack.ok(registerVolunteer, { skills: ['first_aid'], availability: ['weekend'], areaOrgId: 's-10' }, locals[0]);
  await stack.ok(markStaff, { staffId: toggled[0]._id, isVeteran: toggled[0].isVeteran, partyMember: true }, P.streetA);
  // A 党小组会 held and recorded.
  const member = raw(stack, 'partyMembers', { active: true }).find((m) => m.smallGroupId);
  const group = raw(stack, 'partySmallGroups', { _id: member!.smallGroupId })[0];
  const branch = raw(stack, 'partyBranches', { _id: group.branchId })[0];
  const { meetingId } = await stack.ok(
    scheduleMeeting,
    {
      kind: 'small_group',
      branchId: branch._id,
      smallGroupId: group._id,
      subject: '学习退役军人保障法',
      place: '党群服务中心',
      startAt: new Date(START.getTime() - 2 * HOUR).toISOString(),
    },
    SECRETARY,
  );
  const meeting = raw(stack, 'partyMeetings', { _id: meetingId })[0];
  await stack.ok(
    recordMeeting,
    {
      meetingId,
      attendance: meeting.roster.map((r: V, i: number) => ({
        veteranId: r.veteranId,
        status: i % 3 ? 'present' : 'absent',
      })),
      minutes: '组长领学保障法条款，党员逐一发言。',
    },
    SECRETARY,
  );

  expectRowsEqualRawScan();
  await expectDashboardEqualsRawScan();
  const after = await stack.ok(dashboardOverview, PERIOD, P.district);
  // What a user would notice at the district: the three activities, 350 reached, the hours, the meeting.
  expect(after.total.activities - before.total.activities).toBe(3);
  expect(after.total.peopleReached - before.total.peopleReached).toBe(350);
  expect(after.total.serviceMinutes - before.total.serviceMinutes).toBe((4.5 + 3 + 2 + 3 + 2 + 3) * 60 + 6 * 90);
  expect(after.total.volunteers - before.total.volunteers).toBe(8);
  expect(after.total.meetings - before.total.meetings).toBe(1);
  // The district's own activity is in its total, in none of its streets.
  const streets = after.children.reduce((s, c) => s + c.activities, 0);
  expect(after.total.activities).toBe(streets + 1);
  const june = after.months.find((m) => m.month === '2025-06')!;
  expect(june.activities).toBe(expectedOf('d-xz', '2025-06', '2025-06').activities);
});

it('a crowd checking in as the activity starts books it held once; a booking cut off is taken over when its lease ends', async () => {
  stack.cloud.clock.set(NOW);
  const crowd = await stack.ok(createActivity, activityInput({ title: '社区宣传周 集中签到' }), P.streetA);
  const late = await stack.ok(createActivity, activityInput({ title: '夜间巡查 第二批' }), P.streetA);
  for (const who of locals) await stack.ok(signUp, { activityId: crowd.id }, who);
  for (const who of locals.slice(0, 3)) await stack.ok(signUp, { activityId: late.id }, who);
  stack.cloud.clock.set(START);
  const checkInAs = async (activityId: string, who: string) => {
    const { code } = await stack.ok(checkinCode, { activityId }, P.streetA);
    return stack.cloud.invoke('activities', { action: 'checkIn', input: { activityId, code } }, { OPENID: who });
  };

  // Eight at once: each writes its own sign-up, and only one of them reads the sign-ups to book the activity.
  const crowdCalls = await Promise.all(locals.map((who) => checkInAs(crowd.id, who)));
  expect(crowdCalls.map((c) => (c.result as { ok: boolean }).ok)).toEqual(locals.map(() => true));
  const signupCalls = crowdCalls.map((c) => stack.cloud.callsTo(c.requestId).activitySignups ?? 0);
  expect(signupCalls.reduce((a, b) => a + b, 0)).toBe(locals.length + 1);
  expectRowsEqualRawScan();

  // The first check-in of the other is stopped right after taking the booking: checked in, not booked.
  const [first, second, third] = locals;
  stack.cloud.killAfterWrite('activities', 'activities');
  await expect(checkInAs(late.id, first)).rejects.toMatchObject({ code: 'FUNCTION_TIMEOUT' });
  const booked = () => raw(stack, 'activities', { _id: late.id })[0].booked?.figures?.activities ?? 0;
  expect(raw(stack, 'activitySignups', { activityId: late.id }).filter((r) => r.checkedInAt)).toHaveLength(1);
  expect(booked()).toBe(0);
  // Within its 10 s another check-in leaves the booking to it; after them, the next check-in books it.
  stack.cloud.clock.advance(5_000);
  expect(((await checkInAs(late.id, second)).result as { ok: boolean }).ok).toBe(true);
  expect(booked()).toBe(0);
  stack.cloud.clock.advance(6_000);
  expect(((await checkInAs(late.id, third)).result as { ok: boolean }).ok).toBe(true);
  expect(booked()).toBe(1);
  expectRowsEqualRawScan();
});

it('veteran grid members appointed, moved and removed keep the 退役军人网格员 figures equal to a raw scan', async () => {
  const before = await stack.ok(dashboardOverview, PERIOD, P.streetA);
  const veterans = raw(stack, 'staff', { 'orgPath.1': 's-10', status: 'active', isVeteran: true, role: 'grid_member' });
  const [moving, leaving] = veterans.filter((s) => s.orgPath[2] === 'c-10-01');
  const elsewhere = raw(stack, 'orgs', { kind: 'grid', 'path.1': 's-10' }).find((g) => g.path[2] !== 'c-10-01')!;
  const successor = raw(stack, 'staff', { orgId: 's-10', status: 'active' })[0];
  await Promise.all([
    stack.ok(
      issueInvitation,
      { orgId: 'g-10-01-3', role: 'grid_member', name: '王建国', workPhone: '13800138123', isVeteran: true },
      P.streetA,
    ),
    stack.ok(moveStaff, { staffId: moving._id, toOrgId: elsewhere._id, successorId: successor._id }, P.district),
    stack.ok(removeStaff, { staffId: leaving._id, successorId: successor._id }, P.district),
  ]);
  expectRowsEqualRawScan();
  await expectDashboardEqualsRawScan();
  const after = await stack.ok(dashboardOverview, PERIOD, P.streetA);
  // The street: one appointed, one removed (the moved one stays in the street).
  expect(after.total.veteranStaff).toBe(before.total.veteranStaff);
  const community = (d: typeof after) => d.children.find((c) => c.id === 'c-10-01')!.veteranStaff;
  const other = (d: typeof after) => d.children.find((c) => c.id === elsewhere.path[2])!.veteranStaff;
  expect(community(after)).toBe(community(before) - 1);
  expect(other(after)).toBe(other(before) + 1);
});

it('drift left by cut-off requests is repaired by the rollups rebuild, and later writes stay exact', async () => {
  const db = localSdk(stack.cloud).database();
  const rows = raw(stack, 'activityMonthly');
  const street = rows.find((r) => r.orgId === 's-10' && r.months?.['2025-06'])!;
  await db
    .collection('activityMonthly')
    .doc(street._id)
    .update({ data: { months: { '2025-06': { activities: 99, serviceMinutes: 1 } } } });
  const grid = rows.find((r) => r.orgPath.length === 4 && Object.keys(r.months ?? {}).length)!;
  await db.collection('activityMonthly').doc(grid._id).remove();
  // An activity whose booking was lost (its rows never got its figures).
  const [activity] = raw(stack, 'activities', { organiserOrgId: 'c-10-01' });
  await db
    .collection('activities')
    .doc(activity._id)
    .update({ data: { booked: { figures: { activities: 1, peopleReached: 7 }, rev: 9 } } });
  expect(() => expectRowsEqualRawScan()).toThrow();

  const run = await stack.cloud.fireTrigger('ledger', 'rebuildRollups');
  expect(run.result).toMatchObject({ ok: true });
  expectRowsEqualRawScan();
  await expectDashboardEqualsRawScan();

  // The rebuild set the activity's booking to what it counts for: a later rewrite adds only its change.
  await stack.ok(
    summarizeActivity,
    { activityId: activity._id, text: '走进南屏中学宣讲国防教育，再补一个班', peopleReached: 400 },
    P.streetA,
  );
  expectRowsEqualRawScan();
});

it('the .xlsx export carries the new figures as the dashboard shows them', async () => {
  const ExcelJS = (await import('exceljs')).default;
  const data = await stack.ok(dashboardOverview, PERIOD, P.district);
  for (const table of ['children', 'months'] as const) {
    const out = await stack.ok(dashboardExport, { table, ...PERIOD }, P.district);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await (await fetch(out.url)).arrayBuffer()));
    const ws = wb.worksheets[0];
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => {
      expect(header).toContain(name);
      return header.indexOf(name) + 1;
    };
    const last = ws.getRow(ws.rowCount);
    if (table === 'children') {
      expect(last.getCell(col('开展活动(场)')).value).toBe(data.total.activities);
      expect(last.getCell(col('宣传覆盖(人)')).value).toBe(data.total.peopleReached);
      expect(last.getCell(col('志愿服务时长(小时)')).value).toBe(data.total.serviceMinutes / 60);
      expect(last.getCell(col('注册志愿者(人)')).value).toBe(data.total.volunteers);
      expect(last.getCell(col('组织生活实到(人次)')).value).toBe(data.total.meetingPresent);
      expect(last.getCell(col('退役军人网格员(人)')).value).toBe(data.total.veteranStaff);
    } else {
      const june = data.months.find((m) => m.month === '2025-06')!;
      expect(last.getCell(col('月份')).value).toBe('2025-06');
      expect(last.getCell(col('开展活动(场)')).value).toBe(june.activities);
      expect(last.getCell(col('组织生活实到(人次)')).value).toBe(june.meetingPresent);
    }
  }
});
