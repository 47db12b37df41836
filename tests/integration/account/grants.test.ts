/** @jest-environment node */
import { startStack, type Stack } from '../../support/stack';
import { load, smallDistrict } from '../../support/fixtures';
import {
  acceptInvitation,
  approveInvitation,
  issueInvitation,
  listStaffGrants,
  removeStaff,
} from '../../../types/account/staff';
import { whoami } from '../../../types/account/whoami';
import { revealReporter } from '../../../types/supervision/reports';

/**
 * Issue 13, item 1: a district admin gave themselves the recruitment office's head (and so the power to
 * name the supervisor behind a report) by issuing an invitation and accepting it. Nobody accepts their own
 * invitation, nobody holds two seats in one line of approval, and the seats that unmask or approve across
 * bodies need a second district admin.
 */
jest.setTimeout(60_000);
let stack: Stack;
const district = smallDistrict();
const head = { orgId: 'u-recruit', role: 'recruitment_head' as const, name: '冯主任', workPhone: '13500000002' };

/** A second admin of the district's own staff (the fixture has one). */
const secondAdmin = {
  ...district.staff.find((s) => s._id === 'st-district-admin')!,
  _id: 'st-district-admin-2',
  name: '陈区局',
  openid: 'wx-district-admin-2',
};

async function start(withSecondAdmin: boolean) {
  stack = await startStack({ clock: new Date('2026-11-29T02:00:00Z') });
  const staff = withSecondAdmin ? [...district.staff, secondAdmin] : district.staff;
  const accounts = withSecondAdmin
    ? [
        ...district.accounts,
        {
          ...district.accounts.find((a) => a._id === 'wx-district-admin')!,
          _id: 'wx-district-admin-2',
          staffIds: [secondAdmin._id],
        },
      ]
    : district.accounts;
  await load(stack.cloud, { orgs: district.orgs, veterans: district.veterans, staff, accounts });
}
afterEach(() => stack.close());

const rolesOf = async (openid: string) => (await stack.ok(whoami, {}, openid)).roles.map((r) => r.role);

describe('with one district admin', () => {
  beforeEach(() => start(false));

  it('the district admin cannot accept the recruitment head invitation they issued (nothing written)', async () => {
    const inv = await stack.ok(issueInvitation, head, 'wx-district-admin');
    const { res, writes } = await stack.metered(acceptInvitation, { code: inv.code }, 'wx-district-admin');
    expect(res).toMatchObject({ ok: false, error: { code: 'CONFLICT_OF_INTEREST' } });
    expect(writes).toBe(0);
    expect(await rolesOf('wx-district-admin')).toEqual(['district_staff']);
    // …so they cannot name the supervisor behind a report either.
    const reveal = await stack.call(revealReporter, { reportId: 'any-report' }, 'wx-district-admin');
    expect(reveal).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('an admin cannot accept any invitation they issued, even for a seat below them', async () => {
    const inv = await stack.ok(
      issueInvitation,
      { orgId: 'g1', role: 'grid_member', name: '周街道', workPhone: '13500000003' },
      'wx-street-admin',
    );
    const { res, writes } = await stack.metered(acceptInvitation, { code: inv.code }, 'wx-street-admin');
    expect(res).toMatchObject({ ok: false, error: { code: 'CONFLICT_OF_INTEREST' } });
    expect(writes).toBe(0);
  });

  it('a head of the recruitment office waits for a second admin, and the page is told there is none yet', async () => {
    const inv = await stack.ok(issueInvitation, head, 'wx-district-admin');
    expect(inv).toMatchObject({ pendingApproval: true, otherAdmins: 0 });
    const { res, writes } = await stack.metered(acceptInvitation, { code: inv.code }, 'wx-new');
    expect(res).toMatchObject({ ok: false, error: { code: 'PRECONDITION_FAILED', field: 'code' } });
    expect(res.ok ? '' : res.error.message).toContain('另一位区管理员批准');
    expect(writes).toBe(0);
    expect(await rolesOf('wx-new')).toEqual([]);
    const own = await stack.call(approveInvitation, { staffId: inv.staffId }, 'wx-district-admin');
    expect(own).toMatchObject({ ok: false, error: { code: 'CONFLICT_OF_INTEREST' } });
    const grants = await stack.ok(listStaffGrants, {}, 'wx-district-admin');
    expect(grants.pending).toEqual([
      expect.objectContaining({ name: '冯主任', roleLabel: '征兵办负责人', issuedByName: '吴区局', canApprove: false }),
    ]);
  });

  it('an ordinary grant needs no approval', async () => {
    const inv = await stack.ok(
      issueInvitation,
      { orgId: 'u-recruit', role: 'recruitment_staff', name: '褚干事', workPhone: '13500000004' },
      'wx-district-admin',
    );
    expect(inv.pendingApproval).toBe(false);
    await stack.ok(acceptInvitation, { code: inv.code }, 'wx-new');
    expect(await rolesOf('wx-new')).toEqual(['recruitment_staff']);
  });

  it('nobody holds two seats in one line of approval (a grid member cannot also be their station)', async () => {
    const station = await stack.ok(
      issueInvitation,
      { orgId: 'c1', role: 'station_staff', name: '钱网格员', workPhone: '13500000005' },
      'wx-street-admin',
    );
    const { res, writes } = await stack.metered(acceptInvitation, { code: station.code }, 'wx-gm1');
    expect(res).toMatchObject({ ok: false, error: { code: 'CONFLICT_OF_INTEREST' } });
    expect(writes).toBe(0);
    expect(await rolesOf('wx-gm1')).toEqual(['grid_member']);
    // A seat in an unrelated body is fine.
    const office = await stack.ok(
      issueInvitation,
      { orgId: 'u-recruit', role: 'recruitment_staff', name: '钱网格员', workPhone: '13500000005' },
      'wx-district-admin',
    );
    await stack.ok(acceptInvitation, { code: office.code }, 'wx-gm1');
    expect((await rolesOf('wx-gm1')).sort()).toEqual(['grid_member', 'recruitment_staff']);
  });

  it('an integrity supervisor cannot become staff of the recruitment office they supervise (an unrelated seat is fine)', async () => {
    await load(stack.cloud, {
      supervisors: [
        {
          _id: 'sup-1',
          type: 'integrity',
          bodyId: 'u-recruit',
          bodyPath: ['d', 'u-recruit'],
          name: '孙监督',
          openid: 'wx-sup',
          certificateNo: 'LJ-001',
          termStart: new Date('2026-01-01T00:00:00Z'),
          termEnd: new Date('2027-12-31T00:00:00Z'),
          agreementSigned: true,
          appointedBy: 'st-head',
          bindCode: null,
          status: 'active',
          createdAt: new Date('2026-01-01T00:00:00Z'),
        },
      ] as never,
      accounts: [
        {
          _id: 'wx-sup',
          veteranId: null,
          staffIds: [],
          supervisorIds: ['sup-1'],
          registrationId: null,
          createdAt: new Date(),
        },
      ] as never,
    });
    expect(await rolesOf('wx-sup')).toEqual(['integrity_supervisor']);
    const office = await stack.ok(
      issueInvitation,
      { orgId: 'u-recruit', role: 'recruitment_staff', name: '孙监督', workPhone: '13500000006' },
      'wx-district-admin',
    );
    const { res, writes } = await stack.metered(acceptInvitation, { code: office.code }, 'wx-sup');
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT_OF_INTEREST', message: expect.stringContaining('监督员') },
    });
    expect(writes).toBe(0);
    expect(await rolesOf('wx-sup')).toEqual(['integrity_supervisor']);
    const grid = await stack.ok(
      issueInvitation,
      { orgId: 'g1', role: 'grid_member', name: '孙监督', workPhone: '13500000006' },
      'wx-street-admin',
    );
    await stack.ok(acceptInvitation, { code: grid.code }, 'wx-sup');
    expect((await rolesOf('wx-sup')).sort()).toEqual(['grid_member', 'integrity_supervisor']);
  });

  it('the district record is for district admins only', async () => {
    expect(await stack.call(listStaffGrants, {}, 'wx-street-admin')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await stack.call(listStaffGrants, {}, 'wx-gm1')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('with two district admins', () => {
  beforeEach(() => start(true));

  it('the second admin approves; the approver cannot take the seat; the invitee then holds it; all recorded', async () => {
    const inv = await stack.ok(issueInvitation, head, 'wx-district-admin');
    expect(inv).toMatchObject({ pendingApproval: true, otherAdmins: 1 });
    expect(await stack.call(approveInvitation, { staffId: inv.staffId }, 'wx-street-admin')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    stack.cloud.clock.advance(60_000);
    await stack.ok(approveInvitation, { staffId: inv.staffId }, 'wx-district-admin-2');
    stack.cloud.clock.advance(60_000);
    const approver = await stack.metered(acceptInvitation, { code: inv.code }, 'wx-district-admin-2');
    expect(approver.res).toMatchObject({ ok: false, error: { code: 'CONFLICT_OF_INTEREST' } });
    expect(approver.writes).toBe(0);
    await stack.ok(acceptInvitation, { code: inv.code }, 'wx-new');
    expect(await rolesOf('wx-new')).toEqual(['recruitment_head']);
    stack.cloud.clock.advance(60_000);
    await stack.ok(removeStaff, { staffId: 'st-gm1', successorId: 'st-gl' }, 'wx-street-admin');

    const grants = await stack.ok(listStaffGrants, {}, 'wx-district-admin-2');
    expect(grants.pending).toEqual([]);
    expect(grants.entries.map((e) => [e.kindLabel, e.staffName, e.actorName])).toEqual([
      ['移除', '钱网格员', '周街道'],
      ['接受邀请', '冯主任', '冯主任'],
      ['批准', '冯主任', '陈区局'],
      ['邀请', '冯主任', '吴区局'],
    ]);
  });
});
