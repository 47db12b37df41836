/**
 * Groups (网格群 and explicit-member groups). A grid group's membership is DERIVED, never stored: the
 * bound veterans whose file has `gridId` = the grid, the grid's active team, and the staff above the grid
 * (read and pin). Moving a veteran's file (gridId/orgPath) moves them between groups with no other write.
 * Other groups (an agency's supervisors, a party group) list their members in `groupMembers`.
 */
export type GroupKind = 'grid' | 'explicit';

export interface Announcement {
  text: string;
  byName: string;
  at: Date;
}

/** Collection `groups`: settings of a group. A grid group's doc is created on its first setting (`grid__<gridId>`). */
export interface GroupDoc {
  _id: string;
  kind: GroupKind;
  name: string;
  /** Grid groups: the grid's org path. Explicit groups: the path of the org that owns (manages) the group. */
  orgPath: string[];
  gridId: string | null;
  announcement: Announcement | null;
  announcementsOnly: boolean;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

/** Collection `groupMembers` (explicit groups only): `_id` = `${groupId}__${openid}`. */
export interface GroupMemberDoc {
  _id: string;
  groupId: string;
  openid: string;
  /**
   * Who the member is, as the app shows people: `v:<veteranId>`, `s:<staffId>` or `p:<supervisorId>`. Member
   * lists, mentions and removals use this key; the OPENID never leaves the function (issue 13 item 4).
   */
  key: MemberKey;
  name: string;
  /** admins pin, switch announcements-only and add or remove members. */
  role: 'member' | 'admin';
  addedBy: string;
  addedAt: Date;
}

/** A person as groups name them: their file (`v:`), staff post (`s:`) or supervisor appointment (`p:`). */
export type MemberKey = `${'v' | 's' | 'p'}:${string}`;
export const MEMBER_KEY = /^[vsp]:[A-Za-z0-9_-]{1,64}$/;

export interface MessageMention {
  /** `v:<veteranId>`, `s:<staffId>` or `p:<supervisorId>`: a display id, never an openid. */
  key: string;
  name: string;
}

/**
 * Collection `messages`. `_id` is a time-ordered key (see timeline keys) so history pages by `_id`;
 * `rev` is a new key on every change (post, recall), so a sync cursor over `rev` sees recalls too.
 */
export interface MessageDoc {
  _id: string;
  groupId: string;
  senderOpenid: string;
  senderName: string;
  /** 网格长, 网格员, 退役军人, ...: shown next to the name. */
  senderLabel: string;
  kind: 'text' | 'image';
  text: string;
  imageFileId: string | null;
  mentions: MessageMention[];
  recalled: boolean;
  createdAt: Date;
  rev: string;
}

/** Collection `groupReads`: `_id` = `${openid}__${groupId}`; the newest timeline key the user has seen. */
export interface GroupReadDoc {
  _id: string;
  openid: string;
  groupId: string;
  lastKey: string;
  updatedAt: Date;
}

export const GRID_GROUP_PREFIX = 'grid__';

export function gridGroupId(gridId: string): string {
  return `${GRID_GROUP_PREFIX}${gridId}`;
}

export function gridIdOfGroup(groupId: string): string | null {
  return groupId.startsWith(GRID_GROUP_PREFIX) ? groupId.slice(GRID_GROUP_PREFIX.length) : null;
}

/** Limits a user reads in the error messages. */
export const MESSAGE_LIMITS = {
  textMax: 500,
  announcementMax: 300,
  mentionsMax: 10,
  recallWindowMs: 2 * 60_000,
  /** WeChat's image check (imgSecCheck) takes at most 1 MB and 750 x 1334 px: clients shrink larger images. */
  imageMaxBytes: 1024 * 1024,
  imageMaxWidth: 750,
  imageMaxHeight: 1334,
  imageTypes: ['image/jpeg', 'image/png'] as const,
  pageSize: 20,
};
