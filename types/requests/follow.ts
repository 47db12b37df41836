import { z } from 'zod';
import { multilineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import { RATINGS, type RequestStatus } from './model';
import { description, photos } from './submit';
import type { RequestDetail, RequestSummary } from './views';

const version = z.number({ required_error: '缺少版本号，请刷新后重试' }).int().min(1);
const shortText = (what: string, max: number) =>
  multilineText({ required_error: `请填写${what}` })
    .min(2, `请填写${what}`)
    .max(max, `${what}不能超过 ${max} 个字`);

/** The caller's own requests, newest first: open ones or finished ones. */
export const myRequests = defineContract<{ items: RequestSummary[] }>()({
  fn: 'requests',
  action: 'myRequests',
  input: z.object({ state: z.enum(['open', 'done']).default('open') }).strict(),
});

/** One request: to the person who asked, or to staff over it (internal notes for staff only). */
export const requestDetail = defineContract<RequestDetail>()({
  fn: 'requests',
  action: 'requestDetail',
  input: z.object({ id: docId }).strict(),
  errors: ['NOT_FOUND'],
});

type Changed = { id: string; status: RequestStatus; version: number };

/** The person who asked adds information (and photos) while it is open. */
export const addInformation = defineContract<Changed>()({
  fn: 'requests',
  action: 'addInformation',
  input: z.object({ id: docId, version, text: description, photos }).strict(),
  errors: ['NOT_FOUND', 'CONFLICT', 'PRECONDITION_FAILED'],
});

/** The person who asked rates the answer; a first 不满意 reopens it, a second sends it up a level. */
export const rateRequest = defineContract<Changed & { reopened: boolean; escalated: boolean }>()({
  fn: 'requests',
  action: 'rateRequest',
  input: z
    .object({
      id: docId,
      version,
      rating: z.enum(RATINGS, { errorMap: () => ({ message: '请选择满意、基本满意或不满意' }) }),
      comment: multilineText().max(300, '评价不能超过 300 个字').default(''),
    })
    .strict()
    .refine((r) => r.rating !== 'unsatisfied' || r.comment.length >= 2, {
      message: '请说说哪里不满意',
      path: ['comment'],
    }),
  errors: ['NOT_FOUND', 'CONFLICT', 'PRECONDITION_FAILED'],
});

/** Within 30 days after an answer, the person who asked may have it handled again, saying why. */
export const reopenRequest = defineContract<Changed>()({
  fn: 'requests',
  action: 'reopenRequest',
  input: z.object({ id: docId, version, reason: shortText('重新办理的原因', 500) }).strict(),
  errors: ['NOT_FOUND', 'CONFLICT', 'PRECONDITION_FAILED'],
});

export { version as versionField, shortText };
