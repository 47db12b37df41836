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

export function noticeCard(n: NoticeDoc): NoticeCardItem {
  const withdrawn = n.status === 'withdrawn';
  return {
    type: 'notice',
    key: n._id,
    rev: n.rev,
    noticeId: n._id,
    title: withdrawn ? '' : n.title,
    category: n.category,
    summary: withdrawn ? '' : n.body.slice(0, 60),
    scopeName: n.scopeName,
    publisherName: n.publisherLabel,
    createdAt: n.createdAt.toISOString(),
    withdrawn,
    revision: n.revision,
    editedBy: n.editedBy ? `${n.editedBy.name}（${n.editedBy.label}）` : null,
    requireAck: n.requireAck,
    imageCount: withdrawn ? 0 : (n.imageFileIds?.length ?? 0),
  };
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
