import { z } from 'zod';
import { lineText, multilineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import { dayIn, dayWindow } from '../common/dates';
import {
  FEEDBACK_KINDS,
  FEEDBACK_STATUSES,
  type FeedbackKind,
  type FeedbackStatus,
  type Rectification,
} from './feedback-model';

/** A rectification deadline: today to a year ahead (the picker offers the same). */
export const RECTIFICATION_DAYS = dayWindow(0, 366, '整改期限应在今天至一年后之间');

/** What the agency and the author see of a feedback. Nothing names the author. */
export interface FeedbackView {
  id: string;
  refNo: string;
  bodyName: string;
  kind: FeedbackKind;
  kindLabel: string;
  subject: string;
  description: string;
  filedAt: string;
  status: FeedbackStatus;
  statusLabel: string;
  answer: { text: string; at: string } | null;
  rectification: (Omit<Rectification, 'doneAt'> & { doneAt: string | null; overdue: boolean }) | null;
  verdict: { verdict: 'accepted' | 'disputed'; comment: string; at: string } | null;
  /** The supervisors' meeting it was raised at. */
  meeting: { id: string; title: string } | null;
}

export const fileFeedback = defineContract<{ id: string; refNo: string }>()({
  fn: 'supervision',
  action: 'fileFeedback',
  input: z
    .object({
      kind: z.enum(FEEDBACK_KINDS, { errorMap: () => ({ message: '请选择是意见建议还是问题反映' }) }),
      subject: lineText().min(2, '请填写标题').max(40, '标题不能超过40个字'),
      description: multilineText().min(5, '请写明意见或问题（至少5个字）').max(1000, '不能超过1000个字'),
    })
    .strict(),
  errors: ['FORBIDDEN', 'PRECONDITION_FAILED'],
});

export const myFeedback = defineContract<{ items: FeedbackView[] }>()({
  fn: 'supervision',
  action: 'myFeedback',
  input: z.object({}).strict(),
});

/** The agency's feedback inbox. */
export const listFeedback = defineContract<{ items: FeedbackView[] }>()({
  fn: 'supervision',
  action: 'listFeedback',
  input: z.object({ status: z.enum(FEEDBACK_STATUSES).optional() }).strict(),
  errors: ['FORBIDDEN'],
});

/** The agency answers; with a measure and deadline the answer opens a rectification (整改). */
export const answerFeedback = defineContract<FeedbackView>()({
  fn: 'supervision',
  action: 'answerFeedback',
  input: z
    .object({
      feedbackId: docId,
      answer: multilineText().min(5, '请填写答复（至少5个字）').max(1000, '不能超过1000个字'),
      measure: multilineText().max(500, '不能超过500个字').default(''),
      deadline: dayIn(RECTIFICATION_DAYS).optional(),
    })
    .strict()
    .refine((v) => !v.measure || Boolean(v.deadline), { message: '请填写整改期限', path: ['deadline'] }),
  errors: ['NOT_FOUND', 'FORBIDDEN', 'PRECONDITION_FAILED'],
});

/** The agency records the rectification as done, with evidence. */
export const completeRectification = defineContract<FeedbackView>()({
  fn: 'supervision',
  action: 'completeRectification',
  input: z
    .object({
      feedbackId: docId,
      evidence: multilineText().min(5, '请写明整改结果和佐证（至少5个字）').max(1000, '不能超过1000个字'),
    })
    .strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN', 'PRECONDITION_FAILED'],
});

/** The author accepts or disputes the answer or the rectification. */
export const respondFeedback = defineContract<FeedbackView>()({
  fn: 'supervision',
  action: 'respondFeedback',
  input: z
    .object({
      feedbackId: docId,
      verdict: z.enum(['accepted', 'disputed']),
      comment: multilineText().max(500, '不能超过500个字').default(''),
    })
    .strict()
    .refine((v) => v.verdict === 'accepted' || v.comment.length >= 2, { message: '请写明异议', path: ['comment'] }),
  errors: ['NOT_FOUND', 'FORBIDDEN', 'PRECONDITION_FAILED'],
});

export interface FeedbackFigures {
  total: number;
  byStatus: Record<FeedbackStatus, number>;
  rectifications: number;
  done: number;
  doneOnTime: number;
  overdue: number;
  /** Of the rectifications due by now (done, or past their deadline): share done on time, 0-100. */
  onTimeRate: number | null;
}

export const feedbackFigures = defineContract<FeedbackFigures>()({
  fn: 'supervision',
  action: 'feedbackFigures',
  input: z.object({}).strict(),
  errors: ['FORBIDDEN'],
});
