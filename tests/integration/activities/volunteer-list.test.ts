/** @jest-environment node */
import { createPii, DEV_PII_KEY } from '../../../cloudfunctions/_kernel/pii';
import { exportVolunteers, listVolunteers } from '../../../types/activities/volunteer-list';
import type { VeteranDoc } from '../../../types/veteran/model';
import type { Stack } from '../../support/stack';
import { downloadSheet } from '../../support/exports';
import { load } from '../../support/fixtures';
import { careStack, dateOf, P, raw } from '../care/care-stack';

/**
 * Issue 15 item 3: the organising node's 志愿者名册 and its export for the volunteer system civil affairs
 * designates. Expected figures are computed here from the raw store (registrations, recorded sign-ups,
 * honours), never from the code under test.
 */
jest.setTimeout(120_000);
let stack: Stack;
const COMMUNITY = 'c-10-01';
const GRID = 'g-10-01-3';
let files: VeteranDoc[];

beforeAll(async () => {
  stack = await careStack();
  // Four people of 永济社区 (three in one grid) and one of another street register; some have served.
  const here = raw<VeteranDoc>(stack, 'veterans', { 'orgPath.2': COMMUNITY, lifeStatus: 'in_district' });
  const inGrid = here.filter((f) => f.gridId === GRID).slice(0, 3);
  const elsewhereInCommunity = here.find((f) => f.gridId !== GRID) as VeteranDoc;
  const otherStreet = raw<VeteranDoc>(stack, 'veterans', { 'orgPath.1': 's-01' })[0];
  files = [...inGrid, elsewhereInCommunity, otherStreet];
  const volunteers = files.map((f, i) => ({
    _id: f._id,
    veteranId: f._id,
    name: f.name,
    orgPath: f.orgPath,
    skills: i % 2 ? ['patrol'] : ['first_aid', 'driving'],
    otherSkill: i === 0 ? '会修自行车' : '',
    availability: ['weekend'],
    areaOrgId: f.orgPath[2],
    areaName: '永济社区',
    registeredAt: new Date(Date.UTC(2025, 0, 10 + i)),
    updatedAt: new Date(Date.UTC(2025, 0, 10 + i)),
  }));
  const signups = [
    [files[0], 90],
    [files[0], 45],
    [files[1], 120],
    [files[4], 60],
  ].map(([f, minutes], i) => ({
    _id: `act-${i}_${(f as VeteranDoc)._id}`,
    activityId: `act-${i}`,
    veteranId: (f as VeteranDoc)._id,
    minutes,
    status: 'signed_up',
    activityStartAt: new Date(Date.UTC(2025, 4, 1 + i)),
  }));
  const honours = [
    { _id: 'h1', veteranId: files[0]._id, kind: 'training', title: '急救培训', date: '2025-03-01', minutes: 120 },
    { _id: 'h2', veteranId: files[0]._id, kind: 'award', title: '优秀志愿者', date: '2025-04-01', minutes: null },
  ];
  await load(stack.cloud, { volunteers, activitySignups: signups, volunteerHonours: honours } as unknown as Record<
    string,
    { _id: string }[]
  >);
});
afterAll(() => stack.close());

/** Hours and services of a person, summed here from the raw sign-ups. */
const served = (veteranId: string) => {
  const rows = raw<{ minutes: number }>(stack, 'activitySignups', { veteranId, minutes: { $gt: 0 } });
  return { hours: rows.reduce((n, r) => n + r.minutes, 0) / 60, services: rows.length };
};

describe('志愿者名册', () => {
  it("the community's station sees its volunteers, newest first, with the hours the organisers recorded", async () => {
    const list = await stack.ok(listVolunteers, { orgId: COMMUNITY }, P.stationA);
    const expected = raw<{ _id: string; registeredAt: unknown }>(stack, 'volunteers', { 'orgPath.2': COMMUNITY })
      .sort((a, b) => dateOf(b.registeredAt) - dateOf(a.registeredAt))
      .map((v) => v._id);
    expect(list.total).toBe(expected.length);
    expect(list.items.map((r) => r.veteranId)).toEqual(expected);
    for (const row of list.items) expect({ hours: row.hours, services: row.services }).toEqual(served(row.veteranId));
    const first = list.items.find((r) => r.veteranId === files[0]._id);
    expect(first).toMatchObject({ hours: 2.25, services: 2, skills: ['医疗救护', '驾驶', '会修自行车'] });
    // Phones masked; no ID number or openid in the answer.
    const answer = JSON.stringify(list);
    for (const f of files)
      if (f.phoneMasked) expect(answer).not.toContain(createPii(DEV_PII_KEY).decrypt(f.phoneEnc as string));
    expect(answer).not.toMatch(/demo-veteran|idEnc|\d{17}[\dX]/);
  });

  it('pages: two at a time, in the same order', async () => {
    const all = await stack.ok(listVolunteers, { orgId: COMMUNITY }, P.stationA);
    const p1 = await stack.ok(listVolunteers, { orgId: COMMUNITY, page: 1, pageSize: 2 }, P.stationA);
    const p2 = await stack.ok(listVolunteers, { orgId: COMMUNITY, page: 2, pageSize: 2 }, P.stationA);
    expect([...p1.items, ...p2.items].map((r) => r.veteranId)).toEqual(all.items.map((r) => r.veteranId));
  });

  it("a grid's team sees its grid; the street sees the street, the other street's volunteer not among them", async () => {
    const grid = await stack.ok(listVolunteers, { orgId: GRID }, P.gridMemberA);
    expect(grid.items.map((r) => r.veteranId).sort()).toEqual(
      files
        .slice(0, 3)
        .map((f) => f._id)
        .sort(),
    );
    const street = await stack.ok(listVolunteers, { orgId: 's-10' }, P.streetA);
    expect(street.items.map((r) => r.veteranId)).not.toContain(files[4]._id);
    expect(street.total).toBe(raw(stack, 'volunteers', { 'orgPath.1': 's-10' }).length);
  });

  it.each([
    ['a grid member asking for the community', P.gridMemberA, COMMUNITY],
    ['the station asking for another street', P.stationA, 's-01'],
    ['a veteran', P.veteranA, COMMUNITY],
  ])('%s is refused and nothing is written', async (_who, openid, orgId) => {
    const { res, writes } = await stack.metered(listVolunteers, { orgId }, openid);
    expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(writes).toBe(0);
  });
});

describe('the export for the volunteer system', () => {
  const pii = createPii(DEV_PII_KEY);

  it('masked for the station: one row per volunteer, hours, training and awards as recorded; audited', async () => {
    const file = await stack.ok(exportVolunteers, { orgId: COMMUNITY, reason: '报送民政局' }, P.stationA);
    expect(file).toMatchObject({ masked: true, rows: 4 });
    const [header, ...rows] = await downloadSheet(file.url);
    expect(header.slice(0, 5)).toEqual(['姓名', '证件类型', '证件号码', '性别', '手机号码']);
    const mine = rows.find((r) => r[0] === files[0].name) as string[];
    expect(mine[2]).toBe(files[0].idMasked);
    expect(mine[header.indexOf('累计服务时长（小时）')]).toBe('2.25');
    expect(mine[header.indexOf('参加培训（次）')]).toBe('1');
    expect(mine[header.indexOf('表彰奖励（次）')]).toBe('1');
    for (const f of files) expect(rows.flat()).not.toContain(pii.decrypt(f.idEnc));
    const audit = raw(stack, 'audit', { kind: 'export', targetId: COMMUNITY, field: 'volunteers' });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ rows: 4, reason: '报送民政局' });
  });

  it('in full for the street with a reason (ID numbers and phones as the files hold them); the station may not', async () => {
    const refused = await stack.metered(exportVolunteers, { orgId: COMMUNITY, full: true, reason: '报送' }, P.stationA);
    expect(refused.res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(refused.writes).toBe(0);
    const file = await stack.ok(exportVolunteers, { orgId: COMMUNITY, full: true, reason: '报送民政局' }, P.streetA);
    expect(file.masked).toBe(false);
    const [, ...rows] = await downloadSheet(file.url);
    for (const f of files.slice(0, 4)) {
      const row = rows.find((r) => r[2] === pii.decrypt(f.idEnc));
      expect(row?.[0]).toBe(f.name);
      expect(row?.[4]).toBe(f.phoneEnc ? pii.decrypt(f.phoneEnc) : '');
    }
    expect(raw(stack, 'audit', { field: 'volunteers-full', targetId: COMMUNITY })).toHaveLength(1);
  });
});
