import type { AuthzCase } from '../case';
import type { World } from '../world';
import { whoami } from '../../../../types/account/whoami';
import { register } from '../../../../types/account/register';
import { decideRegistration, listRegistrations } from '../../../../types/account/registrations';
import {
  acceptInvitation,
  approveInvitation,
  issueInvitation,
  listStaff,
  listStaffGrants,
  moveStaff,
  removeStaff,
} from '../../../../types/account/staff';
import { DEMO_GRID_ID, DEMO_UNREGISTERED_VETERAN as person } from '../../../../seed/district/xiangzhou-demo';

const GRID_A = DEMO_GRID_ID;
const pendingInA = (w: World) => ({
  registrationId: w.one<{ _id: string }>('registrations', { gridId: GRID_A, status: 'pending' })._id,
  decision: 'reject',
  note: '核实后不符',
});
const staffInA = (w: World, n: number) => w.one<{ _id: string }>('staff', { _id: `st-${GRID_A}-${n}` })._id;
const leaderA = (w: World) => staffInA(w, 1);
const otherGridInStreetA = (w: World) => w.one<{ _id: string }>('orgs', { kind: 'grid', parentId: 'c-10-02' })._id;
/**
 * A recruitment head's invitation issued by another district admin, waiting for approval (the demo district
 * has one admin, and an admin never approves their own): written straight into the store.
 */
const pendingHead = (w: World) => {
  const office = w.one<{ _id: string; path: string[] }>('orgs', { unitType: 'recruitment_office' });
  const now = w.cloud.clock.now();
  w.cloud.db.importDocuments('staff', [
    {
      _id: 'st-pending-head',
      name: '待批准',
      workPhone: '13500000009',
      role: 'recruitment_head',
      orgId: office._id,
      orgPath: office.path,
      isAdmin: false,
      isVeteran: false,
      openid: null,
      status: 'active',
      createdAt: now,
      updatedAt: now,
    },
  ]);
  w.cloud.db.importDocuments('invitations', [
    {
      _id: 'PENDHEAD',
      staffId: 'st-pending-head',
      orgId: office._id,
      orgPath: office.path,
      role: 'recruitment_head',
      issuedBy: 'st-other-district-admin',
      issuedByOpenid: 'wx-other-district-admin',
      approval: { status: 'pending', by: null, byName: '', at: null },
      createdAt: now,
      expiresAt: new Date(now.getTime() + 7 * 86_400_000),
      usedBy: null,
      usedAt: null,
    },
  ]);
  return { staffId: 'st-pending-head' };
};
const invite = { orgId: GRID_A, role: 'grid_member', name: '测试员', workPhone: '13500000001' };
const registration = {
  name: person.name,
  idNumber: person.idNumber,
  phone: person.phone,
  phoneProof: { kind: 'demo_verified' },
};

export const cases: AuthzCase[] = [
  { contract: whoami, as: 'anonymous', input: {}, expect: 'UNAUTHENTICATED' },
  { contract: whoami, as: 'newUser', input: {}, expect: 'ok' },
  { contract: whoami, as: 'veteranA', input: {}, expect: 'ok' },

  { contract: register, as: 'anonymous', input: registration, expect: 'UNAUTHENTICATED' },
  { contract: register, as: 'veteranA', input: registration, expect: 'CONFLICT', note: 'already bound' },
  { contract: register, as: 'newUser', input: registration, expect: 'ok' },

  { contract: listRegistrations, as: 'veteranA', input: { gridId: GRID_A }, expect: 'FORBIDDEN' },
  { contract: listRegistrations, as: 'gridMemberB', input: { gridId: GRID_A }, expect: 'FORBIDDEN' },
  { contract: listRegistrations, as: 'streetB', input: { gridId: GRID_A }, expect: 'FORBIDDEN' },
  { contract: listRegistrations, as: 'gridMemberA', input: {}, expect: 'ok' },
  { contract: listRegistrations, as: 'stationA', input: { gridId: GRID_A }, expect: 'ok' },
  { contract: listRegistrations, as: 'district', input: { gridId: GRID_A }, expect: 'ok' },

  { contract: decideRegistration, as: 'veteranA', input: pendingInA, expect: 'FORBIDDEN' },
  { contract: decideRegistration, as: 'gridMemberB', input: pendingInA, expect: 'FORBIDDEN' },
  { contract: decideRegistration, as: 'agencyStaff', input: pendingInA, expect: 'FORBIDDEN' },
  { contract: decideRegistration, as: 'gridMemberA', input: pendingInA, expect: 'ok' },

  { contract: issueInvitation, as: 'anonymous', input: invite, expect: 'UNAUTHENTICATED' },
  { contract: issueInvitation, as: 'gridLeaderA', input: invite, expect: 'FORBIDDEN', note: 'not an admin above' },
  { contract: issueInvitation, as: 'streetB', input: invite, expect: 'FORBIDDEN' },
  { contract: issueInvitation, as: 'streetA', input: invite, expect: 'ok' },

  { contract: acceptInvitation, as: 'newUser', input: { code: 'NOSUCHCODE' }, expect: 'NOT_FOUND' },
  {
    contract: acceptInvitation,
    as: 'newUser',
    input: (w) => ({ code: w.one<{ _id: string }>('invitations', { usedBy: null })._id }),
    expect: 'ok',
  },

  { contract: approveInvitation, as: 'anonymous', input: { staffId: 'st-none' }, expect: 'UNAUTHENTICATED' },
  { contract: approveInvitation, as: 'veteranA', input: { staffId: 'st-none' }, expect: 'FORBIDDEN' },
  { contract: approveInvitation, as: 'streetA', input: { staffId: 'st-none' }, expect: 'FORBIDDEN' },
  { contract: approveInvitation, as: 'district', input: { staffId: 'st-none' }, expect: 'NOT_FOUND' },
  { contract: approveInvitation, as: 'district', input: pendingHead, expect: 'ok' },

  { contract: listStaffGrants, as: 'anonymous', input: {}, expect: 'UNAUTHENTICATED' },
  { contract: listStaffGrants, as: 'gridMemberA', input: {}, expect: 'FORBIDDEN' },
  { contract: listStaffGrants, as: 'streetA', input: {}, expect: 'FORBIDDEN' },
  { contract: listStaffGrants, as: 'district', input: {}, expect: 'ok' },

  { contract: listStaff, as: 'veteranA', input: { orgId: GRID_A }, expect: 'FORBIDDEN' },
  { contract: listStaff, as: 'streetB', input: { orgId: GRID_A }, expect: 'FORBIDDEN' },
  { contract: listStaff, as: 'gridMemberA', input: { orgId: GRID_A }, expect: 'ok' },

  {
    contract: removeStaff,
    as: 'gridLeaderA',
    input: (w) => ({ staffId: staffInA(w, 4), successorId: leaderA(w) }),
    expect: 'FORBIDDEN',
  },
  {
    contract: removeStaff,
    as: 'streetB',
    input: (w) => ({ staffId: staffInA(w, 4), successorId: leaderA(w) }),
    expect: 'FORBIDDEN',
  },
  {
    contract: removeStaff,
    as: 'streetA',
    input: (w) => ({ staffId: staffInA(w, 4), successorId: leaderA(w) }),
    expect: 'ok',
  },

  {
    contract: moveStaff,
    as: 'veteranA',
    input: (w) => ({ staffId: staffInA(w, 3), toOrgId: otherGridInStreetA(w), successorId: leaderA(w) }),
    expect: 'FORBIDDEN',
  },
  {
    contract: moveStaff,
    as: 'streetB',
    input: (w) => ({ staffId: staffInA(w, 3), toOrgId: otherGridInStreetA(w), successorId: leaderA(w) }),
    expect: 'FORBIDDEN',
  },
  {
    contract: moveStaff,
    as: 'streetA',
    input: (w) => ({ staffId: staffInA(w, 3), toOrgId: otherGridInStreetA(w), successorId: leaderA(w) }),
    expect: 'ok',
  },
];
