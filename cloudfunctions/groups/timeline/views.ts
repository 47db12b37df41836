import { MESSAGE_LIMITS, type GroupDoc, type MessageDoc } from '../../../types/groups/model';
import type { NoticeDoc } from '../../../types/notices/model';
import type {
  ActivityCardItem,
  GroupView,
  MessageItem,
  NoticeCardItem,
  TimelineItem,
} from '../../../types/groups/views';
import type { GroupAccess } from '../../_domain/groups/access';
import { noticeSummary } from '../../_domain/notices/view';

export function messageItem(m: MessageDoc, openid: string, now: Date): MessageItem {
  const mine = m.senderOpenid === openid;
  const until = m.createdAt.getTime() + MESSAGE_LIMITS.recallWindowMs;
  return {
    type: 'message',
    key: m._id,
    rev: m.rev,
    senderName: m.senderName,
    senderLabel: m.senderLabel,
    mine,
    kind: m.kind,
    text: m.recalled ? '' : m.text,
    imageFileId: m.recalled ? null : m.imageFileId,
    mentions: m.recalled ? [] : m.mentions,
    recalled: m.recalled,
    createdAt: m.createdAt.toISOString(),
    recallableUntil: mine && !m.recalled && until > now.getTime() ? new Date(until).toISOString() : null,
  };
}

/** A notice in the timeline: the notice as every list shows it (noticeSummary), at its timeline key. */
export function noticeCard(n: NoticeDoc): NoticeCardItem {
  return { type: 'notice', key: n._id, rev: n.rev, ...noticeSummary(n) };
}

/** Newest first, by timeline key. */
export function merged(
  messages: MessageDoc[],
  notices: NoticeDoc[],
  openid: string,
  now: Date,
  activities: ActivityCardItem[] = [],
): TimelineItem[] {
  const items: TimelineItem[] = [
    ...messages.map((m) => messageItem(m, openid, now)),
    ...notices.map(noticeCard),
    ...activities,
  ];
  return items.sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
}

export function groupView(access: GroupAccess): GroupView {
  const g: GroupDoc = access.group;
  return {
    id: g._id,
    kind: g.kind,
    name: g.name,
    placeName: access.placeName,
    gridId: g.gridId,
    announcementsOnly: g.announcementsOnly,
    announcement: g.announcement
      ? { text: g.announcement.text, byName: g.announcement.byName, at: g.announcement.at.toISOString() }
      : null,
    abilities: access.abilities,
  };
}
