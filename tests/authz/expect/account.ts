import { DEMO_UNREGISTERED_VETERAN as person } from '../../../seed/district/xiangzhou-demo';
import { decideRegistration, listRegistrations, revealRegistrationPhone } from '../../../types/account/registrations';
import { savePreferences } from '../../../types/account/preferences';
import { register } from '../../../types/account/register';
import {
  acceptInvitation,
  approveInvitation,
  issueInvitation,
  listStaff,
  listStaffGrants,
  markStaff,
  moveStaff,
  removeStaff,
} from '../../../types/account/staff';
import { whoami } from '../../../types/account/whoami';
import { DISTRICT, GRID, gridPath, type Persona, RECRUITMENT_OFFICE, type Side } from '../personas';
import type { World } from '../world';
import { AREA_STAFF, BOUND_VETERANS, PLACE_STAFF, SEAT_HOLDERS, SIGNED_IN } from './shared';
import { table } from './table';

/**
 * account (PRODUCT.md "Who uses it"): veterans register and bind to their file; grid members confirm
 * registrations of their grid ("keep the files of their grid current"), staff above the grid may too;
 * station / street / district staff "manage grids and staff" of their own area; an invitation is the
 * only way to become staff (issue 13 item 1: nobody accepts an invitation they issued, nobody holds two
 * seats that let them approve their own work); the station manages the grid teams of its community.
 */
const staffManagers = AREA_STAFF;
const seatHolders = SEAT_HOLDERS;

/**
 * A grant of the recruitment office's head (a role that unmasks across bodies) issued by another district
 * admin and waiting for a second one's approval (issue 13 item 1); answers its staff id.
 */
function pendingHeadGrant(w: World): { staffId: string } {
  const now = new Date();
  const staffId = w.freshId('st-pending');
  const orgPath = [DISTRICT, RECRUITMENT_OFFICE];
  w.put('staff', {
    _id: staffId,
    name: '待批准',
    workPhone: '13500000009',
    role: 'recruitment_head',
    orgId: RECRUITMENT_OFFICE,
    orgPath,
    isAdmin: false,
    isVeteran: false,
    openid: null,
    status: 'active',
    createdAt: now,
    updatedAt: now,
  });
  w.put('invitations', {
    _id: `P${staffId.slice(-7)}`.toUpperCase(),
    staffId,
    orgId: RECRUITMENT_OFFICE,
    orgPath,
    role: 'recruitment_head',
    issuedBy: 'st-other-district-admin',
    issuedByOpenid: 'wx-other-district-admin',
    approval: { status: 'pending', by: null, byName: '', at: null },
    createdAt: now,
    expiresAt: new Date(now.getTime() + 7 * 86_400_000),
    usedBy: null,
    usedAt: null,
  });
  return { staffId };
}
/** Whose seat lies on the line of approval of a grid seat of their own side (in scope) or of the other side. */
function onTheLine(p: Persona, scope: 'in scope' | 'out of scope'): boolean {
  const lines: Persona[] = [
    'district',
    ...(scope === 'in scope'
      ? (['gridLeaderA', 'gridMemberA', 'gridMemberB', 'stationA', 'streetA', 'streetB'] as Persona[])
      : []),
  ];
  return lines.includes(p);
}

function openGridSeat(w: World, side: Side): { code: string } {
  const now = new Date();
  const staffId = w.freshId('invite');
  const orgPath = gridPath(side);
  w.put('staff', {
    _id: staffId,
    name: '新网格员',
    workPhone: '13500000008',
    role: 'grid_member',
    orgId: GRID[side],
    orgPath,
    isAdmin: false,
    isVeteran: false,
    openid: null,
    status: 'active',
    createdAt: now,
    updatedAt: now,
  });
  const code = `Q${staffId.slice(-7)}`.toUpperCase();
  w.put('invitations', {
    _id: code,
    staffId,
    orgId: GRID[side],
    orgPath,
    role: 'grid_member',
    issuedBy: 'st-other-admin',
    issuedByOpenid: 'wx-other-admin',
    createdAt: now,
    expiresAt: new Date(now.getTime() + 7 * 86_400_000),
    usedBy: null,
    usedAt: null,
  });
  return { code };
}
const districtAdmin = { inScope: ['district' as const], outOfScope: ['district' as const] };

export const tables = [
  table({
    contract: approveInvitation,
    target: pendingHeadGrant,
    // "roles that unmask or approve across bodies take effect only when a second district admin approves".
    allowed: districtAdmin,
    unplaced: "the approved grant's staff id",
  }),
  table({
    contract: listStaffGrants,
    target: () => ({}),
    // "every grant, approval and removal audited and listed for the district".
    allowed: districtAdmin,
  }),
  table({
    contract: whoami,
    target: () => ({}),
    allowed: { inScope: SIGNED_IN, outOfScope: SIGNED_IN },
    unplaced: "the caller's own account and roles",
  }),
  table({
    contract: savePreferences,
    target: () => ({ elderMode: true }),
    // 长辈模式 is the person's own choice (PRODUCT.md "Conventions": many veterans are old): everyone saves
    // their own, on their own account; nobody reaches another's.
    allowed: { inScope: SIGNED_IN, outOfScope: SIGNED_IN },
    unplaced: "the caller's own settings",
  }),
  table({
    contract: register,
    target: () => ({
      name: person.name,
      idNumber: person.idNumber,
      phone: person.phone,
      phoneProof: { kind: 'demo_verified' as const },
    }),
    // Anyone with a WeChat account and no file of their own may bind one (staff can be veterans too).
    allowed: {
      inScope: SIGNED_IN.filter((p) => !BOUND_VETERANS.includes(p)),
      outOfScope: SIGNED_IN.filter((p) => !BOUND_VETERANS.includes(p)),
    },
    refusedWith: Object.fromEntries(BOUND_VETERANS.map((p) => [p, 'CONFLICT'])),
    unplaced: "the caller's own new binding",
  }),
  table({
    contract: listRegistrations,
    target: (w, side) => {
      w.placedCopy('registrations', { status: 'pending' }, side);
      return { gridId: GRID[side] };
    },
    allowed: { inScope: PLACE_STAFF, outOfScope: ['district'] },
    unmasked: {},
  }),
  table({
    contract: revealRegistrationPhone,
    target: (w, side) => ({ registrationId: w.placedCopy('registrations', { status: 'pending' }, side) }),
    // The grid team calls the registrant to check it is the person before binding ("keep the files of
    // their grid current"); staff above the grid may confirm too, so they may call. Each reveal is logged.
    allowed: { inScope: PLACE_STAFF, outOfScope: ['district'] },
    unmasked: { phone: PLACE_STAFF },
  }),
  table({
    contract: decideRegistration,
    target: (w, side) => ({
      registrationId: w.placedCopy('registrations', { status: 'pending' }, side),
      decision: 'reject' as const,
      note: '核实后不符',
    }),
    allowed: { inScope: PLACE_STAFF, outOfScope: ['district'] },
  }),
  table({
    contract: issueInvitation,
    target: (_w, side) => ({
      orgId: GRID[side],
      role: 'grid_member' as const,
      name: '测试员',
      workPhone: '13500000001',
    }),
    allowed: { inScope: staffManagers, outOfScope: ['district'] },
    unplaced: 'the new invitation code',
  }),
  table({
    contract: acceptInvitation,
    // An open invitation to a grid member's seat in the side's grid, issued by someone who is none of the
    // personas (so only the rule of seats decides).
    target: (w, side) => openGridSeat(w, side),
    // "nobody holds two seats that let them approve their own work": a seat on the line above or below one
    // already held (the grid's own team, its station, street, the district) is refused; a seat elsewhere
    // (another street's grid, or a body that is no place) is a second, unrelated seat and allowed.
    allowed: {
      inScope: SIGNED_IN.filter((p) => !onTheLine(p, 'in scope')),
      outOfScope: SIGNED_IN.filter((p) => !onTheLine(p, 'out of scope')),
    },
    refusedWith: Object.fromEntries(seatHolders.map((p) => [p, 'CONFLICT_OF_INTEREST'])),
    unmasked: { phone: SIGNED_IN },
  }),
  table({
    contract: listStaff,
    target: (_w, side) => ({ orgId: GRID[side] }),
    // The grid team sees its own team (who to hand work to); managers see the staff they manage.
    allowed: { inScope: PLACE_STAFF, outOfScope: ['district'] },
    unmasked: { phone: PLACE_STAFF },
  }),
  table({
    contract: removeStaff,
    target: (_w, side) => ({ staffId: `st-${GRID[side]}-4`, successorId: `st-${GRID[side]}-1` }),
    allowed: { inScope: staffManagers, outOfScope: ['district'] },
  }),
  table({
    contract: markStaff,
    target: (_w, side) => ({ staffId: `st-${GRID[side]}-3`, isVeteran: true, partyMember: true }),
    allowed: { inScope: staffManagers, outOfScope: ['district'] },
  }),
  table({
    contract: moveStaff,
    target: (w, side) => ({
      staffId: `st-${GRID[side]}-3`,
      toOrgId: w.one<{ _id: string }>('orgs', {
        kind: 'grid',
        parentId: `c-${GRID[side].slice(2, 7)}`,
        _id: { $ne: GRID[side] },
      })._id,
      successorId: `st-${GRID[side]}-1`,
    }),
    allowed: { inScope: staffManagers, outOfScope: ['district'] },
  }),
];
