/** @jest-environment node */
import type { StaffDoc } from '../../types/account/model';
import { ROLE_ORG_KIND } from '../../types/auth/roles';
import { mainlandMobile } from '../../types/common/validators';
import { BOOTSTRAP_ISSUER } from '../../seed/build-invitations';
import { generated, SEED_NOW } from './generated-district';

const { orgs, staff, invitations, accounts, veterans } = generated('full').district;
const byOrg = new Map<string, StaffDoc[]>();
for (const s of staff) byOrg.set(s.orgId, [...(byOrg.get(s.orgId) ?? []), s]);
const orgById = new Map(orgs.map((o) => [o._id, o]));
const rolesAt = (orgId: string) => (byOrg.get(orgId) ?? []).map((s) => s.role).sort();

test('every grid has 1 grid leader and 3 grid members', () => {
  const wrong = orgs.filter(
    (o) => o.kind === 'grid' && rolesAt(o._id).join() !== 'grid_leader,grid_member,grid_member,grid_member',
  );
  expect(wrong.map((o) => o._id)).toEqual([]);
});

test('113 grid staff are veterans, each with a file in their own grid that shares their account', () => {
  const veteranStaff = staff.filter((s) => s.isVeteran);
  expect(veteranStaff).toHaveLength(113);
  expect(veteranStaff.every((s) => s.role === 'grid_leader' || s.role === 'grid_member')).toBe(true);
  for (const s of veteranStaff) {
    const file = veterans.find((v) => v.name === s.name && v.gridId === s.orgId && v.party.member);
    expect(file).toBeDefined();
    expect(file!.openid).toBe(s.openid);
    if (s.openid)
      expect(accounts.find((a) => a._id === s.openid)).toMatchObject({ veteranId: file!._id, staffIds: [s._id] });
  }
});

test('stations have 1-2 staff, streets 2 (one admin), the district 3 (one admin), the units theirs', () => {
  for (const c of orgs.filter((o) => o.kind === 'community')) expect(rolesAt(c._id).length).toBeGreaterThanOrEqual(1);
  expect(orgs.filter((o) => o.kind === 'community' && rolesAt(o._id).length > 2)).toEqual([]);
  for (const s of orgs.filter((o) => o.kind === 'street')) {
    expect(rolesAt(s._id)).toEqual(['street_staff', 'street_staff']);
    expect(byOrg.get(s._id)!.filter((x) => x.isAdmin)).toHaveLength(1);
  }
  expect(rolesAt('d-xz')).toEqual(['district_staff', 'district_staff', 'district_staff']);
  expect(byOrg.get('d-xz')!.filter((x) => x.isAdmin)).toHaveLength(1);
  expect(rolesAt('u-recruit')).toEqual(['recruitment_head', 'recruitment_staff', 'recruitment_staff']);
  expect(rolesAt('u-amr')).toEqual(['agency_staff', 'agency_staff', 'agency_staff']);
});

test('each role sits on an org node of the kind it needs, with that node’s path', () => {
  const wrong = staff.filter((s) => {
    const org = orgById.get(s.orgId);
    return !org || org.kind !== ROLE_ORG_KIND[s.role] || JSON.stringify(org.path) !== JSON.stringify(s.orgPath);
  });
  expect(wrong).toEqual([]);
});

test('staff have Chinese names, callable work phones and timestamps', () => {
  expect(staff.filter((s) => !/^[\u4e00-\u9fa5]{2,4}$/.test(s.name))).toEqual([]);
  expect(staff.filter((s) => !mainlandMobile.safeParse(s.workPhone).success)).toEqual([]);
  expect(new Set(staff.map((s) => s.workPhone)).size).toBe(staff.length);
  expect(staff.filter((s) => !(s.createdAt instanceof Date) || !(s.updatedAt instanceof Date))).toEqual([]);
});

test('every staff member has one invitation: used if bound, open for a week if not', () => {
  const byStaff = new Map(invitations.map((i) => [i.staffId, i]));
  expect(invitations).toHaveLength(staff.length);
  expect(new Set(invitations.map((i) => i._id)).size).toBe(invitations.length);
  const unbound = staff.filter((s) => !s.openid);
  expect(unbound.length).toBeGreaterThan(0);
  for (const s of staff) {
    const inv = byStaff.get(s._id)!;
    expect(inv).toMatchObject({ orgId: s.orgId, role: s.role, usedBy: s.openid });
    if (!s.openid) expect(inv.expiresAt.getTime()).toBeGreaterThan(SEED_NOW.getTime());
  }
  const staffIds = new Set(staff.map((s) => s._id));
  expect(invitations.filter((i) => i.issuedBy !== BOOTSTRAP_ISSUER && !staffIds.has(i.issuedBy))).toEqual([]);
  expect(staff.filter((s) => s.isAdmin && !s.openid)).toEqual([]);
});

test('every bound staff member has an account that lists them', () => {
  const accountById = new Map(accounts.map((a) => [a._id, a]));
  const missing = staff.filter((s) => s.openid && !accountById.get(s.openid)?.staffIds.includes(s._id));
  expect(missing).toEqual([]);
});
