/** @jest-environment node */
import { startStack, type Stack } from '../../support/stack';
import { load, smallDistrict } from '../../support/fixtures';
import { issueInvitation, listStaff, moveStaff, removeStaff } from '../../../types/account/staff';

/**
 * Issue 13 item 4: existence never leaks. A street admin asking about a node or a person of another
 * street must get the same answer as for one that does not exist, so ids cannot be probed; the district
 * admin, over whom nothing in the district is out of reach, is told what is missing.
 */
let stack: Stack;
const district = smallDistrict();
const STREET_ADMIN = 'wx-street-admin';
const now = new Date('2026-11-29T02:00:00Z');
const otherStreetStaff = {
  _id: 'st-s2',
  name: '冯街道',
  workPhone: '13500000009',
  role: 'street_staff',
  orgId: 's2',
  orgPath: ['d', 's2'],
  isAdmin: false,
  isVeteran: false,
  openid: null,
  status: 'active',
  createdAt: now,
  updatedAt: now,
};

beforeEach(async () => {
  stack = await startStack({ clock: now });
  await load(stack.cloud, {
    orgs: district.orgs,
    veterans: district.veterans,
    staff: [...district.staff, otherStreetStaff, { ...otherStreetStaff, _id: 'st-s2-gone', status: 'removed' }],
    accounts: district.accounts,
  });
});
afterEach(() => stack.close());

const invite = (orgId: string) => ({ orgId, role: 'grid_member' as const, name: '郑新员', workPhone: '13500000000' });

it.each([
  [
    'listStaff of another street',
    () => stack.metered(listStaff, { orgId: 's2' }, STREET_ADMIN),
    () => stack.metered(listStaff, { orgId: 'no-such-org' }, STREET_ADMIN),
  ],
  [
    'issueInvitation at another street',
    () => stack.metered(issueInvitation, invite('s2'), STREET_ADMIN),
    () => stack.metered(issueInvitation, invite('no-such-org'), STREET_ADMIN),
  ],
  [
    'removeStaff of another street',
    () => stack.metered(removeStaff, { staffId: 'st-s2', successorId: 'st-s2' }, STREET_ADMIN),
    () => stack.metered(removeStaff, { staffId: 'no-such-staff', successorId: 'st-s2' }, STREET_ADMIN),
  ],
  [
    'removeStaff of a removed person of another street',
    () => stack.metered(removeStaff, { staffId: 'st-s2-gone', successorId: 'st-s2' }, STREET_ADMIN),
    () => stack.metered(removeStaff, { staffId: 'no-such-staff', successorId: 'st-s2' }, STREET_ADMIN),
  ],
  [
    'moveStaff of another street’s person',
    () => stack.metered(moveStaff, { staffId: 'st-s2', toOrgId: 'g1', successorId: 'st-gm1' }, STREET_ADMIN),
    () => stack.metered(moveStaff, { staffId: 'no-such-staff', toOrgId: 'g1', successorId: 'st-gm1' }, STREET_ADMIN),
  ],
  [
    'moveStaff to another street',
    () => stack.metered(moveStaff, { staffId: 'st-gm1', toOrgId: 's2', successorId: 'st-gl' }, STREET_ADMIN),
    () => stack.metered(moveStaff, { staffId: 'st-gm1', toOrgId: 'no-such-org', successorId: 'st-gl' }, STREET_ADMIN),
  ],
])('%s answers a street admin exactly as a missing one does, and writes nothing', async (_label, foreign, missing) => {
  const a = await foreign();
  const b = await missing();
  expect(a.res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(b.res).toEqual(a.res);
  expect([a.writes, b.writes]).toEqual([0, 0]);
});

it('the district admin is told what does not exist', async () => {
  expect(await stack.call(listStaff, { orgId: 'no-such-org' }, 'wx-district-admin')).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND', field: 'orgId' },
  });
  expect(
    await stack.call(removeStaff, { staffId: 'no-such-staff', successorId: 'st-gm1' }, 'wx-district-admin'),
  ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'staffId' } });
});
