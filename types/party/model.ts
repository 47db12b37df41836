import type { Attendance } from '../common/attendance';

/**
 * Party organisation of veteran party members (退役军人党员管理): a 退役军人党支部 at a street or community,
 * a 退役军人党小组 per grid, members taken from the files (a file's party membership and branch), and the
 * branch's organisational life (三会一课, 主题党日). Membership is sensitive: only the branch's secretary and
 * party-affairs staff over it read it (policies `party:*`), never every grid member.
 *
 * Placement: a branch's `path` is its node's org path with the branch id appended, a small group's path adds
 * its own id, so a secretary (role held over the branch id) reaches exactly their branch, and party-affairs
 * staff (held over a street or the district) every branch under them.
 */
export type BranchLevel = 'street' | 'community';

/** Collection `partyBranches`, _id = `branch-<orgId>` (one veterans' branch per street or community). */
export interface BranchDoc {
  _id: string;
  name: string;
  level: BranchLevel;
  orgId: string;
  /** The node's org path (district first). */
  orgPath: string[];
  /** orgPath + this branch's id: where its things lie for the policies. */
  path: string[];
  /** The branch's explicit group (groups machinery). */
  groupId: string;
  createdBy: string;
  createdAt: Date;
}

/** Collection `partySmallGroups`, _id = `psg-<gridId>` (one per grid). */
export interface SmallGroupDoc {
  _id: string;
  name: string;
  branchId: string;
  gridId: string;
  /** The branch's path + this group's id. */
  path: string[];
  groupId: string;
  createdBy: string;
  createdAt: Date;
}

/** Collection `partyMembers`, _id = the veteran's file id: who belongs to which branch (from the files). */
export interface PartyMemberDoc {
  _id: string;
  branchId: string;
  smallGroupId: string | null;
  veteranId: string;
  name: string;
  gridId: string;
  openid: string | null;
  /** The small group's path (or the branch's, without one). */
  path: string[];
  active: boolean;
  syncedAt: Date;
}

export const PARTY_POSTS = ['secretary', 'affairs'] as const;
export type PartyPost = (typeof PARTY_POSTS)[number];
export const PARTY_POST_LABELS: Record<PartyPost, string> = { secretary: '党支部书记', affairs: '党务工作者' };

/**
 * Collection `partyPosts`: a branch's secretary (held over the branch) or a party-affairs worker (held over a
 * street or the district). The caller loader turns an active post into the role party_secretary / party_staff.
 */
export interface PartyPostDoc {
  _id: string;
  post: PartyPost;
  /** The branch id (secretary) or the org node (affairs). */
  orgId: string;
  orgPath: string[];
  openid: string;
  name: string;
  /** The holder as groups name people: `v:<veteranId>` (a secretary), `s:<staffId>` (party-affairs staff). */
  key: `v:${string}` | `s:${string}`;
  status: 'active' | 'ended';
  appointedBy: string;
  appointedAt: Date;
}

/** 三会一课 and 主题党日. */
export const MEETING_KINDS = [
  'branch_assembly',
  'branch_committee',
  'small_group',
  'party_lecture',
  'theme_day',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  branch_assembly: '支部党员大会',
  branch_committee: '支委会',
  small_group: '党小组会',
  party_lecture: '党课',
  theme_day: '主题党日',
};

export interface RosterLine {
  veteranId: string;
  name: string;
  /** null until the meeting is recorded. */
  status: Attendance | null;
}

/** Collection `partyMeetings`: one meeting of a branch or of one of its small groups. */
export interface MeetingDoc {
  _id: string;
  kind: MeetingKind;
  branchId: string;
  smallGroupId: string | null;
  /** The small group's path for a 党小组会, else the branch's. */
  path: string[];
  subject: string;
  place: string;
  startAt: Date;
  /** Who is expected, fixed when the meeting is scheduled. */
  roster: RosterLine[];
  /** The roster's veteran ids, for a member's participation (array-contains query). */
  rosterIds: string[];
  status: 'scheduled' | 'recorded';
  minutes: string;
  photoFileIds: string[];
  remindedAt: Date | null;
  createdBy: string;
  createdAt: Date;
  recordedAt: Date | null;
  updatedAt: Date;
}

export const branchIdOf = (orgId: string): string => `branch-${orgId}`;
export const smallGroupIdOf = (gridId: string): string => `psg-${gridId}`;
/** The veterans' branch name the files use (seed and ledger): 朝阳社区退役军人党支部. */
export const branchNameOf = (nodeName: string): string => `${nodeName}退役军人党支部`;
