import type { StaffRole } from './roles';

/**
 * How far a role reaches: an inviter grants only roles at or below the seat they invite from. Place roles
 * rank by the level of their node; the recruitment office's head ranks with a street (it answers to the
 * district), its staff and agency staff with a community's station.
 */
export const ROLE_RANK: Record<StaffRole, number> = {
  grid_member: 1,
  grid_leader: 2,
  station_staff: 3,
  recruitment_staff: 3,
  agency_staff: 3,
  street_staff: 4,
  recruitment_head: 4,
  district_staff: 5,
};

/**
 * The district's own staff role: the first admin bootstraps as one, and its admins approve the grants that
 * wait for a second admin (policy staff:approve).
 */
export const DISTRICT_STAFF: StaffRole = 'district_staff';

/**
 * Seats that unmask or approve across bodies: the recruitment office's head (names the supervisor behind a
 * report) and the district's own staff (approve subsidies, read and export the whole ledger, invite
 * anywhere). Their invitation works only after a second district admin, not its issuer, approves it.
 */
export function needsSecondApproval(role: StaffRole): boolean {
  return role === 'recruitment_head' || role === 'district_staff';
}

/** What the page says while such a grant waits. */
export const PENDING_APPROVAL_MESSAGE = '该岗位须由另一位区管理员批准后邀请码才能使用';
/** …and when nobody else could approve it yet. */
export const NO_SECOND_ADMIN_MESSAGE = '本区目前只有您一位管理员：该邀请将一直等待，直到另一位区管理员批准';
