import {
  FEEDBACK_KIND_LABELS,
  FEEDBACK_STATUS_LABELS,
  type FeedbackDoc,
  type Rectification,
} from '../../../types/supervision/feedback-model';
import type { FeedbackView } from '../../../types/supervision/feedback';
import { endOfShanghaiDay } from '../../../types/common/shanghai-time';

export function isOverdue(r: Rectification, now: Date): boolean {
  return !r.doneAt && now.getTime() >= endOfShanghaiDay(r.deadline).getTime();
}

/**
 * The one way feedback leaves the function; the document itself names nobody. `meetings`: titles of the
 * supervisors' meetings feedback was raised at (see meetingTitles).
 */
export function feedbackView(
  f: FeedbackDoc,
  bodyName: string,
  now: Date,
  meetings: Map<string, string> = new Map(),
): FeedbackView {
  const r = f.rectification;
  return {
    id: f._id,
    refNo: f.refNo,
    bodyName,
    kind: f.kind,
    kindLabel: FEEDBACK_KIND_LABELS[f.kind],
    subject: f.subject,
    description: f.description,
    filedAt: f.filedAt.toISOString(),
    status: f.status,
    statusLabel: FEEDBACK_STATUS_LABELS[f.status],
    answer: f.answer && { text: f.answer.text, at: f.answer.at.toISOString() },
    rectification: r && { ...r, doneAt: r.doneAt ? r.doneAt.toISOString() : null, overdue: isOverdue(r, now) },
    verdict: f.verdict && { verdict: f.verdict.verdict, comment: f.verdict.comment, at: f.verdict.at.toISOString() },
    meeting: f.meetingId ? { id: f.meetingId, title: meetings.get(f.meetingId) ?? '' } : null,
  };
}
