import type { SupervisorDoc } from '../../../types/supervision/model';
import type { AccountDoc, InvitationDoc, StaffDoc, StaffGrantDoc, StaffGrantKind } from '../../../types/account/model';
import { DISTRICT_STAFF, ROLE_RANK } from '../../../types/auth/grants';
import { can } from '../../../types/auth/policies';
import type { RoleAssignment, StaffRole } from '../../../types/auth/roles';
import { AppError } from '../../../types/common/errors';
import type { Caller } from '../../_kernel/caller';
import { newId } from '../../_kernel/ids';
import type { Database } from '../../_kernel/sdk';
import type { Reader } from '../../_kernel/store';
import type { Tx } from '../../_kernel/transaction';

/** The caller's active seat that covers `orgPath` (the one they act from there). */
export function seatOver(me: Caller, orgPath: string[]): StaffDoc | undefined {
  return me.staff.find((s) => orgPath.includes(s.orgId));
}

/**
 * An inviter grants only roles at or below the seat they invite from (a seat that manages staff there, or a
 * district admin at the district itself); a station only roles below its own.
 */
export function assertRankAllows(me: Caller, orgPath: string[], role: StaffRole): void {
  const seats = me.roles.filter(
    (r) =>
      r.role in ROLE_RANK &&
      (can({ roles: [r] }, 'staff:manage', { orgPath }) || can({ roles: [r] }, 'staff:approve', { orgPath })),
  );
  const allows = (r: RoleAssignment) => {
    const rank = ROLE_RANK[r.role as StaffRole];
    return r.isAdmin ? rank >= ROLE_RANK[role] : rank > ROLE_RANK[role];
  };
  if (!seats.some(allows)) {
    throw new AppError('FORBIDDEN', '只能授予不高于自己岗位的职务', 'role');
  }
}

/**
 * Two seats of one person where one lies on the other's path (the same node, or one above the other)
 * would let them approve their own work: a grid member who is also their station, a street and the
 * district, the office's staff and its head. So would a supervisor who becomes staff of the body they
 * supervise (they would answer their own reports; the other way round is policy supervisor:bind).
 * Seats in unrelated bodies are fine.
 */
export async function assertNoConflictingSeat(
  read: Reader,
  openid: string,
  orgPath: string[],
  exceptStaffId: string,
): Promise<void> {
  const account = await read.byId<AccountDoc>('accounts', openid);
  for (const id of account?.supervisorIds ?? []) {
    const appointment = await read.byId<SupervisorDoc>('supervisors', id);
    if (appointment?.status === 'active' && appointment.openid === openid && orgPath.includes(appointment.bodyId)) {
      throw new AppError(
        'CONFLICT_OF_INTEREST',
        '您是本单位的监督员，不能再担任本单位的工作人员（不能答复自己反映的问题）',
        'code',
      );
    }
  }
  const ids = (account?.staffIds ?? []).filter((id) => id !== exceptStaffId);
  for (const id of ids) {
    const seat = await read.byId<StaffDoc>('staff', id);
    if (seat?.status !== 'active' || seat.openid !== openid) continue;
    const last = orgPath[orgPath.length - 1];
    if (orgPath.includes(seat.orgId) || seat.orgPath.includes(last)) {
      throw new AppError(
        'CONFLICT_OF_INTEREST',
        '您已在同一条审批线上任职，不能再担任这个岗位（不能审批自己的工作）',
        'code',
      );
    }
  }
}

/** The issuer of an invitation, as a WeChat account (null for the bootstrap). */
export async function issuerOpenid(read: Reader, invitation: InvitationDoc): Promise<string | null> {
  if (invitation.issuedByOpenid) return invitation.issuedByOpenid;
  const seat = await read.byId<StaffDoc>('staff', invitation.issuedBy);
  return seat?.openid ?? (invitation.issuedBy.startsWith('wx') ? invitation.issuedBy : null);
}

/** The district's record: one entry per grant, approval, acceptance, move and removal (in a transaction or not). */
export async function recordGrant(
  tx: Tx | Database,
  entry: { kind: StaffGrantKind; staff: StaffDoc; orgPath?: string[]; actor: Caller; at: Date },
): Promise<void> {
  const orgPath = entry.orgPath ?? entry.staff.orgPath;
  const seat = seatOver(entry.actor, orgPath);
  const doc: Omit<StaffGrantDoc, '_id'> = {
    districtId: orgPath[0],
    kind: entry.kind,
    staffId: entry.staff._id,
    staffName: entry.staff.name,
    role: entry.staff.role,
    orgId: orgPath[orgPath.length - 1],
    orgPath,
    actor: {
      openid: entry.actor.openid,
      staffId: seat?._id ?? null,
      // Who accepted an invitation is the person of the seat.
      name: entry.kind === 'accepted' ? entry.staff.name : (seat?.name ?? ''),
    },
    at: entry.at,
  };
  await (tx as Tx).collection('staffGrants').doc(newId()).set({ data: doc });
}

/** Active district admins other than `openid` (who could approve a grant `openid` issued). */
export async function otherDistrictAdmins(read: Reader, districtId: string, openid: string): Promise<StaffDoc[]> {
  const admins = await read.many<StaffDoc>('staff', { orgId: districtId, role: DISTRICT_STAFF, status: 'active' });
  return admins.filter((s) => s.isAdmin && s.openid && s.openid !== openid);
}
