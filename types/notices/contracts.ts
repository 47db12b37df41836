import { z } from 'zod';
import { lineText, multilineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import { imageUpload } from '../common/uploads';
import { NOTICE_CATEGORIES, NOTICE_LIMITS } from './model';
import type { NoticeDetail, NoticeListItem, ReceiptSummary, ScopeOption, UnreadPerson } from './views';

const noticeFields = {
  title: lineText().min(1, '请填写标题').max(NOTICE_LIMITS.titleMax, `标题不能超过${NOTICE_LIMITS.titleMax}个字`),
  body: multilineText().min(1, '请填写正文').max(NOTICE_LIMITS.bodyMax, `正文不能超过${NOTICE_LIMITS.bodyMax}个字`),
  category: z.enum(NOTICE_CATEGORIES, { errorMap: () => ({ message: '请选择通知类别' }) }),
  expiresInDays: z
    .number()
    .int('有效期应为整数天')
    .min(1, '有效期至少1天')
    .max(NOTICE_LIMITS.expiryDaysMax, '有效期不能超过一年'),
  requireAck: z.boolean().default(false),
  imageFileIds: z
    .array(lineText().min(1, '缺少图片').max(300, '图片编号过长'))
    .max(NOTICE_LIMITS.imagesMax, `最多${NOTICE_LIMITS.imagesMax}张图片`)
    .default([]),
};

/** Publishes one notice to every group under `scopeOrgId` (a grid, community, street or the district). */
export const publishNotice = defineContract<{ noticeId: string }>()({
  fn: 'notices',
  action: 'publishNotice',
  input: z.object({ ...noticeFields, scopeOrgId: docId }).strict(),
  errors: ['NOT_FOUND', 'CONTENT_REJECTED'],
});

/** Edits title, body, category, expiry, 需确认 or images (new ones are checked, dropped ones deleted); readers see a revision mark. */
export const editNotice = defineContract<{ revision: number }>()({
  fn: 'notices',
  action: 'editNotice',
  input: z.object({ noticeId: docId, ...noticeFields }).strict(),
  errors: ['NOT_FOUND', 'CONTENT_REJECTED', 'PRECONDITION_FAILED'],
});

/** An image for a notice being written: checked (WeChat's image check), rebuilt from its pixels, stored in the publisher's folder. */
export const uploadNoticeImage = defineContract<{ fileId: string }>()({
  fn: 'notices',
  action: 'uploadNoticeImage',
  input: imageUpload,
});

export const withdrawNotice = defineContract<{ ok: true }>()({
  fn: 'notices',
  action: 'withdrawNotice',
  input: z.object({ noticeId: docId }).strict(),
  errors: ['NOT_FOUND', 'PRECONDITION_FAILED'],
});

/** The notices reaching the caller (their grid's path, or a staff member's node and above), newest first. */
export const listNotices = defineContract<{ items: NoticeListItem[]; hasMore: boolean; unread: number }>()({
  fn: 'notices',
  action: 'listNotices',
  input: z
    .object({
      before: lineText().max(40).nullable().default(null),
      mine: z.boolean().default(false),
      limit: z.number().int().min(1).max(50).default(20),
    })
    .strict(),
});

export const noticeDetail = defineContract<NoticeDetail>()({
  fn: 'notices',
  action: 'noticeDetail',
  input: z.object({ noticeId: docId }).strict(),
  errors: ['NOT_FOUND'],
});

/** Records that the caller read the notice (once), and acknowledges it when `ack` (需确认). */
export const markNoticeRead = defineContract<{ acked: boolean }>()({
  fn: 'notices',
  action: 'markNoticeRead',
  input: z.object({ noticeId: docId, ack: z.boolean().default(false) }).strict(),
  errors: ['NOT_FOUND', 'PRECONDITION_FAILED'],
});

/** Read / unread / acknowledged counts over the bound veterans in scope: the publisher and staff over the scope. */
export const receiptSummary = defineContract<ReceiptSummary>()({
  fn: 'notices',
  action: 'receiptSummary',
  input: z.object({ noticeId: docId }).strict(),
  errors: ['NOT_FOUND'],
});

/** A grid team member: who in their grid has not read the notice yet, to follow up by phone. */
export const gridUnreadList = defineContract<{ gridName: string; items: UnreadPerson[] }>()({
  fn: 'notices',
  action: 'gridUnreadList',
  input: z
    .object({ noticeId: docId, gridId: docId.nullable().default(null), reveal: z.boolean().default(false) })
    .strict(),
  errors: ['NOT_FOUND'],
});

/** Where the caller may publish: their jurisdiction and the nodes under it (one level at a time). */
export const noticeScopes = defineContract<{ items: ScopeOption[] }>()({
  fn: 'notices',
  action: 'noticeScopes',
  input: z.object({ parentId: docId.nullable().default(null) }).strict(),
  errors: ['NOT_FOUND'],
});
