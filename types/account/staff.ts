import { z } from 'zod';
import { lineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId, mainlandMobile, personName } from '../common/validators';
import { STAFF_ROLES, type StaffRole } from '../auth/roles';

export interface StaffView {
  id: string;
  name: string;
  workPhone: string;
  role: StaffRole;
  roleLabel: string;
  orgId: string;
  orgName: string;
  isAdmin: boolean;
  bound: boolean;
  status: 'active' | 'removed';
  /** 退役军人网格员 (or staff) and party membership, as their admin recorded them. */
  isVeteran: boolean;
  partyMember: boolean;
}

/** An admin of a higher org node invites a person to a staff role; the code binds their WeChat account. */
export const issueInvitation = defineContract<{
  code: string;
  staffId: string;
  expiresAt: string;
  /** The code works only once a second district admin approves (recruitment head, district staff). */
  pendingApproval: boolean;
  /** How many other district admins could approve it (0: the grant waits until there is one). */
  otherAdmins: number;
}>()({
  fn: 'account',
  action: 'issueInvitation',
  input: z
    .object({
      orgId: docId,
      role: z.enum(STAFF_ROLES),
      name: personName,
      workPhone: mainlandMobile,
      isAdmin: z.boolean().default(false),
      isVeteran: z.boolean().default(false),
      partyMember: z.boolean().default(false),
    })
    .strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN'],
});

/** A second district admin (not the issuer) approves a grant that waits for it. */
export const approveInvitation = defineContract<{ staffId: string }>()({
  fn: 'account',
  action: 'approveInvitation',
  input: z.object({ staffId: docId }).strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT_OF_INTEREST', 'PRECONDITION_FAILED'],
});

export interface PendingGrantView {
  staffId: string;
  name: string;
  roleLabel: string;
  orgName: string;
  issuedByName: string;
  createdAt: string;
  /** False for the caller's own invitations: someone else must approve them. */
  canApprove: boolean;
}

export interface StaffGrantView {
  id: string;
  kind: 'invited' | 'approved' | 'accepted' | 'removed' | 'moved';
  kindLabel: string;
  staffName: string;
  roleLabel: string;
  orgName: string;
  actorName: string;
  at: string;
}

/** The district's record of grants, approvals and removals, and the grants waiting for approval (district admins). */
export const listStaffGrants = defineContract<{ pending: PendingGrantView[]; entries: StaffGrantView[] }>()({
  fn: 'account',
  action: 'listStaffGrants',
  input: z.object({}).strict(),
  errors: ['FORBIDDEN'],
});

/** Bind the caller's WeChat account to the staff record of an invitation (or the bootstrap code). */
export const acceptInvitation = defineContract<{ staffId: string; role: StaffRole; orgName: string }>()({
  fn: 'account',
  action: 'acceptInvitation',
  input: z.object({ code: lineText().min(4, '请输入邀请码').max(64, '邀请码不正确') }).strict(),
  errors: ['NOT_FOUND', 'CONFLICT', 'PRECONDITION_FAILED', 'CONFLICT_OF_INTEREST'],
});

export const listStaff = defineContract<{ items: StaffView[] }>()({
  fn: 'account',
  action: 'listStaff',
  input: z.object({ orgId: docId, includeRemoved: z.boolean().default(false) }).strict(),
});

/** Remove a staff member; their open work goes to the named successor. */
export const removeStaff = defineContract<{ handedOver: number }>()({
  fn: 'account',
  action: 'removeStaff',
  input: z.object({ staffId: docId, successorId: docId }).strict(),
  errors: ['NOT_FOUND', 'PRECONDITION_FAILED', 'CONFLICT'],
});

/** Move a staff member to another node of the same kind; their open work stays with the successor. */
export const moveStaff = defineContract<{ handedOver: number }>()({
  fn: 'account',
  action: 'moveStaff',
  input: z.object({ staffId: docId, toOrgId: docId, successorId: docId }).strict(),
  errors: ['NOT_FOUND', 'PRECONDITION_FAILED', 'CONFLICT'],
});

/** An admin above a staff member records whether they are a veteran (退役军人网格员) and a party member. */
export const markStaff = defineContract<{ isVeteran: boolean; partyMember: boolean }>()({
  fn: 'account',
  action: 'markStaff',
  input: z
    .object({
      staffId: docId,
      isVeteran: z.boolean({ required_error: '请选择是否退役军人' }),
      partyMember: z.boolean({ required_error: '请选择是否党员' }),
    })
    .strict(),
  errors: ['NOT_FOUND', 'CONFLICT'],
});
