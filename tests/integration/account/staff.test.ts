/** @jest-environment node */
import { startStack, type Stack } from '../../support/stack';
import { load, smallDistrict } from '../../support/fixtures';
import { acceptInvitation, issueInvitation, listStaff, moveStaff, removeStaff } from '../../../types/account/staff';
import { whoami } from '../../../types/account/whoami';

let stack: Stack;
const district = smallDistrict();
const invitee = { orgId: 'g1', role: 'grid_member' as const, name: '郑新员', workPhone: '13500000000' };

beforeEach(async () => {
  stack = await startStack({ clock: new Date('2026-11-29T02:00:00Z') });
  await load(stack.cloud, {
    orgs: district.orgs,
    veterans: district.veterans,
    staff: district.staff,
    accounts: district.accounts,
  });
});
afterEach(() => stack.close());

it('nobody makes themselves staff: an unknown code is refused', async () => {
  expect(await stack.call(acceptInvitation, { code: 'ABCDEFGH' }, 'wx-new')).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND', field: 'code' },
  });
  expect((await stack.ok(whoami, {}, 'wx-new')).roles).toEqual([]);
});

it('an admin of a higher node invites; the code binds once; the new grid member sees their role', async () => {
  const inv = await stack.ok(issueInvitation, invitee, 'wx-street-admin');
  expect(inv.code).toMatch(/^[A-Z2-9]{8}$/);
  expect(await stack.ok(acceptInvitation, { code: inv.code.toLowerCase() }, 'wx-new')).toMatchObject({
    role: 'grid_member',
    orgName: '第三网格',
  });
  const me = await stack.ok(whoami, {}, 'wx-new');
  expect(me.roles).toMatchObject([
    { role: 'grid_member', roleLabel: '网格员', orgId: 'g1', orgName: '南屏镇 永济社区 第三网格' },
  ]);
  expect(await stack.call(acceptInvitation, { code: inv.code }, 'wx-other')).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT' },
  });
});

it('an expired code is refused', async () => {
  const inv = await stack.ok(issueInvitation, invitee, 'wx-street-admin');
  stack.cloud.clock.advance(8 * 86400_000);
  expect(await stack.call(acceptInvitation, { code: inv.code }, 'wx-new')).toMatchObject({
    ok: false,
    error: { code: 'PRECONDITION_FAILED' },
  });
});

it.each([
  ['a grid member cannot invite', 'wx-gm1', invitee, 'FORBIDDEN'],
  [
    'a street admin cannot invite at the district',
    'wx-street-admin',
    { ...invitee, orgId: 'd', role: 'district_staff' as const },
    'FORBIDDEN',
  ],
  [
    'a street admin cannot invite into another street',
    'wx-street-admin',
    { ...invitee, orgId: 's2', role: 'street_staff' as const },
    'FORBIDDEN',
  ],
  ['a role must fit the node', 'wx-district-admin', { ...invitee, orgId: 's1' }, 'INVALID_INPUT'],
  [
    'agency staff cannot sit in the recruitment office',
    'wx-district-admin',
    { ...invitee, orgId: 'u-recruit', role: 'agency_staff' as const },
    'INVALID_INPUT',
  ],
])('%s', async (_label, openid, input, code) => {
  expect(await stack.call(issueInvitation, input, openid)).toMatchObject({ ok: false, error: { code } });
});

it('the bootstrap code makes the first district admin once, and only when configured', async () => {
  const code = 'BOOT-2026-XIANGZHOU';
  expect(await stack.call(acceptInvitation, { code }, 'wx-first')).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  process.env.VETGRID_BOOTSTRAP_CODE = code;
  try {
    // The fixture's district admin is bound, so the bootstrap is closed.
    expect(await stack.call(acceptInvitation, { code }, 'wx-first')).toMatchObject({
      ok: false,
      error: { code: 'PRECONDITION_FAILED' },
    });
  } finally {
    delete process.env.VETGRID_BOOTSTRAP_CODE;
  }
});

it('with no bound admin, the first person to enter the bootstrap code becomes district admin, once', async () => {
  const fresh = await startStack({ clock: new Date('2026-11-29T02:00:00Z') });
  try {
    // The district as deployed: organisation imported, no district admin yet.
    await load(fresh.cloud, {
      orgs: district.orgs,
      veterans: district.veterans,
      staff: district.staff.filter((s) => s._id !== 'st-district-admin'),
      accounts: district.accounts.filter((a) => a._id !== 'wx-district-admin'),
    });
    const code = 'BOOT-2026-XIANGZHOU';
    process.env.VETGRID_BOOTSTRAP_CODE = code;
    const [first, second] = await Promise.all([
      fresh.call(acceptInvitation, { code }, 'wx-first'),
      fresh.call(acceptInvitation, { code }, 'wx-second'),
    ]);
    expect([first.ok, second.ok].filter(Boolean)).toHaveLength(1);
    const [winner, loser] = first.ok ? ['wx-first', 'wx-second'] : ['wx-second', 'wx-first'];
    expect((await fresh.ok(whoami, {}, winner)).roles).toMatchObject([
      { role: 'district_staff', orgId: 'd', isAdmin: true },
    ]);
    expect((await fresh.ok(whoami, {}, loser)).roles).toEqual([]);
    // Once bound, the code opens nothing more, and the new admin can invite.
    expect(await fresh.call(acceptInvitation, { code }, 'wx-third')).toMatchObject({
      ok: false,
      error: { code: 'PRECONDITION_FAILED' },
    });
    const inv = await fresh.ok(issueInvitation, { ...invitee, orgId: 's1', role: 'street_staff' }, winner);
    expect(inv.code).toMatch(/^[A-Z2-9]{8}$/);
  } finally {
    delete process.env.VETGRID_BOOTSTRAP_CODE;
    await fresh.close();
  }
});

it('removing and moving staff hands their open work to a named successor', async () => {
  await stack.ok(issueInvitation, invitee, 'wx-street-admin');
  const removed = await stack.call(
    removeStaff,
    { staffId: 'st-street-admin', successorId: 'st-gm1' },
    'wx-district-admin',
  );
  expect(removed).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'successorId' } });
  const ok = await stack.ok(
    removeStaff,
    { staffId: 'st-street-admin', successorId: 'st-district-admin' },
    'wx-district-admin',
  );
  expect(ok.handedOver).toBe(1);
  expect((await stack.ok(whoami, {}, 'wx-street-admin')).roles).toEqual([]);
  const staff = await stack.ok(listStaff, { orgId: 's1', includeRemoved: true }, 'wx-district-admin');
  expect(staff.items).toMatchObject([{ name: '周街道', status: 'removed' }]);
  await stack.ok(moveStaff, { staffId: 'st-gm1', toOrgId: 'g2', successorId: 'st-gl' }, 'wx-district-admin');
  expect((await stack.ok(whoami, {}, 'wx-gm1')).roles[0].orgId).toBe('g2');
});
