/** @jest-environment node */
import { startStack, type Stack } from '../../support/stack';
import { load, smallDistrict } from '../../support/fixtures';
import { acceptInvitation, issueInvitation, listStaff, markStaff } from '../../../types/account/staff';

/**
 * Staff records mark 退役军人网格员 and party membership (issue 15 item 5): set when the seat is given, and
 * changed by an admin above the seat; the staff list shows both.
 */
let stack: Stack;
const district = smallDistrict();

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

const listed = async (name: string) =>
  (await stack.ok(listStaff, { orgId: 'g1' }, 'wx-street-admin')).items.find((s) => s.name === name);

it('an invitation records a veteran party member as such; the admin above corrects it later', async () => {
  const inv = await stack.ok(
    issueInvitation,
    { orgId: 'g1', role: 'grid_member', name: '郑新员', workPhone: '13500000000', isVeteran: true, partyMember: true },
    'wx-street-admin',
  );
  await stack.ok(acceptInvitation, { code: inv.code }, 'wx-new');
  expect(await listed('郑新员')).toMatchObject({ isVeteran: true, partyMember: true });
  await stack.ok(markStaff, { staffId: inv.staffId, isVeteran: true, partyMember: false }, 'wx-street-admin');
  expect(await listed('郑新员')).toMatchObject({ isVeteran: true, partyMember: false });
});

it('nobody marks their own seat or a seat outside their area, and a refusal writes nothing', async () => {
  const gm = district.staff.find((s) => s.openid === 'wx-gm1');
  if (!gm) throw new Error('fixture without wx-gm1');
  for (const who of ['wx-gm1', 'wx-vet1']) {
    const r = await stack.metered(markStaff, { staffId: gm._id, isVeteran: true, partyMember: true }, who);
    expect(r.res.ok).toBe(false);
    expect(r.writes).toBe(0);
  }
  const bad = await stack.metered(markStaff, { staffId: gm._id, isVeteran: 'yes' } as never, 'wx-street-admin');
  expect(bad.res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  expect(bad.writes).toBe(0);
});
