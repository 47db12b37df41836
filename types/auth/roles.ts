/** Staff roles; each assignment carries a jurisdiction (an org node). */
export const STAFF_ROLES = [
  'grid_leader',
  'grid_member',
  'station_staff',
  'street_staff',
  'district_staff',
  'recruitment_staff',
  'recruitment_head',
  'agency_staff',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const SUPERVISOR_TYPES = ['integrity', 'conduct'] as const;
export type SupervisorType = (typeof SUPERVISOR_TYPES)[number];

/**
 * Party posts (collection `partyPosts`, not staff seats): a branch's secretary, held over the branch, and a
 * party-affairs worker (党务工作者), held over a street or the district. See types/party/model.ts.
 * A party member (collection `partyMembers`, from their file) holds party_member over their 党小组 (or, with
 * none, their branch): no power over anyone, only their own organisational life; the caller loader adds it,
 * so only the person themself (whoami) and the policies see it, never other people's views.
 */
export type PartyRole = 'party_secretary' | 'party_staff' | 'party_member';

/** Every role a caller can hold. */
export type Role = 'veteran' | StaffRole | 'integrity_supervisor' | 'conduct_supervisor' | PartyRole;

export const ROLE_LABELS: Record<Role, string> = {
  veteran: '退役军人',
  grid_leader: '网格长',
  grid_member: '网格员',
  station_staff: '服务站工作人员',
  street_staff: '街道服务中心工作人员',
  district_staff: '区退役军人事务局工作人员',
  recruitment_staff: '征兵办工作人员',
  recruitment_head: '征兵办负责人',
  agency_staff: '机关工作人员',
  integrity_supervisor: '廉洁征兵监督员',
  conduct_supervisor: '机关作风监督员',
  party_secretary: '党支部书记',
  party_staff: '党务工作者',
  party_member: '党员',
};

/**
 * A post named with its place, as a signature: 香洲区 + 区退役军人事务局工作人员 → 香洲区退役军人事务局工作人员
 * (never 香洲区区…), 南屏镇 + 网格员 → 南屏镇网格员.
 */
export function roleAtPlace(orgName: string, role: Role): string {
  const label = ROLE_LABELS[role];
  return label.startsWith('区') && orgName.endsWith('区') ? `${orgName}${label.slice(1)}` : `${orgName}${label}`;
}

/** Which org kind a staff role's jurisdiction must be. */
export const ROLE_ORG_KIND: Record<StaffRole, 'grid' | 'community' | 'street' | 'district' | 'unit'> = {
  grid_leader: 'grid',
  grid_member: 'grid',
  station_staff: 'community',
  street_staff: 'street',
  district_staff: 'district',
  recruitment_staff: 'unit',
  recruitment_head: 'unit',
  agency_staff: 'unit',
};

/**
 * A post held over a place or a body (staff, supervisor, party post), as against a veteran's own grid or a
 * party member's own 党小组 (membership gives no power over anything).
 */
export function isPost(assignment: { role: Role }): boolean {
  return assignment.role !== 'veteran' && assignment.role !== 'party_member';
}

/** A role held over a jurisdiction. `orgPath` is the jurisdiction's path (district first). */
export interface RoleAssignment {
  role: Role;
  orgId: string;
  orgPath: string[];
  /** Staff who may invite, move and remove staff below their node. */
  isAdmin?: boolean;
  staffId?: string;
  supervisorId?: string;
  partyPostId?: string;
}
