import { z } from 'zod';
import { lineText, multilineText } from '../common/text';
import { imageUploadWith } from '../common/uploads';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import { MEMBER_KEY, MESSAGE_LIMITS } from './model';
import type { GroupSummary, GroupView, MemberView, MessageItem, TimelineItem } from './views';

const groupId = docId;
const key = lineText().max(40, '游标过长');

/** The groups the caller belongs to, with unread counts (the 网格 tab badge is their sum). */
export const myGroups = defineContract<{ items: GroupSummary[]; totalUnread: number; totalMentionsMe: number }>()({
  fn: 'groups',
  action: 'myGroups',
  input: z.object({}).strict(),
});

/** Opening a group: settings, the latest page of the timeline, the unread count, the sync cursor. */
export const openGroup = defineContract<{
  group: GroupView;
  items: TimelineItem[];
  hasMore: boolean;
  cursor: string;
  unread: number;
}>()({
  fn: 'groups',
  action: 'openGroup',
  input: z.object({ groupId }).strict(),
  errors: ['NOT_FOUND'],
});

/** What changed since `cursor` (new, recalled, edited, withdrawn), polled while the group is open. */
export const syncGroup = defineContract<{ group: GroupView; items: TimelineItem[]; cursor: string }>()({
  fn: 'groups',
  action: 'syncGroup',
  input: z.object({ groupId, cursor: key }).strict(),
  errors: ['NOT_FOUND'],
});

/** Older timeline entries, before `before` (a key), newest first. */
export const groupHistory = defineContract<{ items: TimelineItem[]; hasMore: boolean }>()({
  fn: 'groups',
  action: 'groupHistory',
  input: z.object({ groupId, before: key.min(1, '缺少游标') }).strict(),
  errors: ['NOT_FOUND'],
});

export const markGroupRead = defineContract<{ unread: number }>()({
  fn: 'groups',
  action: 'markGroupRead',
  input: z.object({ groupId, key: key.min(1, '缺少游标') }).strict(),
  errors: ['NOT_FOUND'],
});

export const postMessage = defineContract<{ item: MessageItem }>()({
  fn: 'groups',
  action: 'postMessage',
  input: z
    .object({
      groupId,
      text: multilineText().max(MESSAGE_LIMITS.textMax, `消息不能超过${MESSAGE_LIMITS.textMax}个字`).default(''),
      imageFileId: lineText().min(1, '缺少图片').max(300, '图片编号过长').nullable().default(null),
      mentions: z
        .array(lineText().min(1, '缺少要提醒的人').max(80, '提醒的成员编号过长'))
        .max(MESSAGE_LIMITS.mentionsMax, `一次最多提醒${MESSAGE_LIMITS.mentionsMax}人`)
        .default([]),
    })
    .strict()
    .refine((m) => m.text.length > 0 || m.imageFileId !== null, { message: '请输入消息内容', path: ['text'] }),
  errors: ['NOT_FOUND', 'RATE_LIMITED', 'CONTENT_REJECTED', 'PRECONDITION_FAILED'],
});

/** The sender takes a message back within 2 minutes; others then see 「撤回了一条消息」. */
export const recallMessage = defineContract<{ item: MessageItem }>()({
  fn: 'groups',
  action: 'recallMessage',
  input: z.object({ messageId: docId }).strict(),
  errors: ['NOT_FOUND', 'PRECONDITION_FAILED'],
});

/** 群公告: set (text) or clear (null). Grid team and staff above; explicit groups: their admins. */
export const setAnnouncement = defineContract<{ group: GroupView }>()({
  fn: 'groups',
  action: 'setAnnouncement',
  input: z
    .object({
      groupId,
      text: multilineText()
        .min(1, '请输入公告内容')
        .max(MESSAGE_LIMITS.announcementMax, `公告不能超过${MESSAGE_LIMITS.announcementMax}个字`)
        .nullable(),
    })
    .strict(),
  errors: ['NOT_FOUND', 'CONTENT_REJECTED'],
});

/** 仅公告模式: only the grid team and staff post. Grid leader and staff above; explicit groups: their admins. */
export const setAnnouncementsOnly = defineContract<{ group: GroupView }>()({
  fn: 'groups',
  action: 'setAnnouncementsOnly',
  input: z.object({ groupId, on: z.boolean() }).strict(),
  errors: ['NOT_FOUND'],
});

/** Members a poster may @mention (names and roles only). */
export const groupMembers = defineContract<{ items: MemberView[] }>()({
  fn: 'groups',
  action: 'groupMembers',
  input: z.object({ groupId }).strict(),
  errors: ['NOT_FOUND'],
});

/** An image for a message in the group: checked (WeChat's image check), rebuilt from its pixels and stored in the sender's folder. */
export const uploadGroupImage = defineContract<{ fileId: string }>()({
  fn: 'groups',
  action: 'uploadGroupImage',
  input: imageUploadWith({ groupId }),
  errors: ['NOT_FOUND', 'CONTENT_REJECTED'],
});

/** Short-lived URLs of a group's images, for its members only. */
export const groupImageUrls = defineContract<{ items: { fileId: string; url: string }[] }>()({
  fn: 'groups',
  action: 'groupImageUrls',
  input: z
    .object({
      groupId,
      fileIds: z
        .array(lineText().min(1, '缺少图片').max(300, '图片编号过长'))
        .min(1, '请选择图片')
        .max(20, '一次最多20张图片'),
    })
    .strict(),
  errors: ['NOT_FOUND'],
});

const memberKey = lineText().regex(MEMBER_KEY, '成员编号不正确');

/** A person to add, by the id the app shows them under (file, staff post, supervisor); name and WeChat come from their record. */
const memberInput = z
  .object({
    key: memberKey,
    role: z.enum(['member', 'admin']).default('member'),
  })
  .strict();

/** A group with explicit members (an agency's supervisors, a party group), owned by an org node. */
export const createGroup = defineContract<{ groupId: string }>()({
  fn: 'groups',
  action: 'createGroup',
  input: z
    .object({
      name: lineText().min(1, '请填写群名称').max(30, '群名称不能超过30个字'),
      orgId: docId,
      members: z.array(memberInput).max(500).default([]),
    })
    .strict(),
  errors: ['NOT_FOUND'],
});

export const addGroupMembers = defineContract<{ added: number }>()({
  fn: 'groups',
  action: 'addGroupMembers',
  input: z.object({ groupId, members: z.array(memberInput).min(1).max(500) }).strict(),
  errors: ['NOT_FOUND', 'PRECONDITION_FAILED'],
});

export const removeGroupMembers = defineContract<{ removed: number }>()({
  fn: 'groups',
  action: 'removeGroupMembers',
  input: z.object({ groupId, keys: z.array(memberKey).min(1).max(500) }).strict(),
  errors: ['NOT_FOUND', 'PRECONDITION_FAILED'],
});
