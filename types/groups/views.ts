import type { NoticeSummary } from '../notices/views';
import type { MessageMention } from './model';

/**
 * One entry of a group's timeline: a message, a notice card (a notice whose scope covers the group), or an
 * activity card (an activity whose audience covers the group).
 */
export type TimelineItem = MessageItem | NoticeCardItem | ActivityCardItem;

export interface ActivityCardItem {
  type: 'activity';
  key: string;
  rev: string;
  activityId: string;
  kindLabel: string;
  title: string;
  place: string;
  startAt: string;
  capacity: number;
  organiserName: string;
  createdAt: string;
  cancelled: boolean;
}

export interface MessageItem {
  type: 'message';
  /** Time-ordered key: the timeline order and the history cursor. */
  key: string;
  rev: string;
  senderName: string;
  senderLabel: string;
  mine: boolean;
  kind: 'text' | 'image';
  /** Plain text: shown as text, never interpreted as markup. Empty when recalled. */
  text: string;
  imageFileId: string | null;
  mentions: MessageMention[];
  recalled: boolean;
  createdAt: string;
  /** Until when the caller may recall it (their own message, 2 minutes), else null. */
  recallableUntil: string | null;
}

/** A notice in a group's timeline: the notice as every list shows it, placed by its timeline key. */
export interface NoticeCardItem extends NoticeSummary {
  type: 'notice';
  key: string;
  rev: string;
}

export interface GroupAbilities {
  canRead: boolean;
  canPost: boolean;
  canPin: boolean;
  canSetMode: boolean;
  canManageMembers: boolean;
}

export interface GroupView {
  id: string;
  kind: 'grid' | 'explicit';
  name: string;
  /** e.g. 南屏镇 永济社区 */
  placeName: string;
  gridId: string | null;
  announcementsOnly: boolean;
  announcement: { text: string; byName: string; at: string } | null;
  abilities: GroupAbilities;
}

export interface GroupSummary {
  id: string;
  kind: 'grid' | 'explicit';
  name: string;
  unread: number;
  /** Unread messages that @-mention the caller: 「有人@我」. */
  mentionsMe: number;
}

export interface MemberView {
  key: string;
  name: string;
  label: string;
}
