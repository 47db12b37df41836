import { AppError } from '../common/errors';
import { LEVEL_LABELS, RATING_LABELS, type Rating, type RequestDoc } from './model';
import { refusal, stepAllowed, stepBlocked, type StepName } from './state-machine';
import type { Change, EventDraft } from './step-change';
import { answerDueFrom } from './deadlines';
import { handlerOrgOf, levelAbove } from './levels';

function check(step: StepName, doc: RequestDoc, now: Date): void {
  if (!stepAllowed(step, doc.status)) throw new AppError('PRECONDITION_FAILED', refusal(step, doc.status));
  const blocked = stepBlocked(step, doc, now);
  if (blocked) throw new AppError('PRECONDITION_FAILED', blocked);
}

const byThem = (
  doc: RequestDoc,
  kind: EventDraft['kind'],
  text: string,
  extra: Partial<EventDraft> = {},
): EventDraft => ({
  kind,
  by: 'submitter',
  byName: doc.veteranName,
  text,
  internal: false,
  ...extra,
});

export function addInfoChange(doc: RequestDoc, text: string, photos: string[], now: Date): Change {
  check('addInfo', doc, now);
  return { set: { photos: [...doc.photos, ...photos] }, events: [byThem(doc, 'info_added', text, { photos })] };
}

/** Back to 办理中 at `level` with a fresh answer deadline. */
function reopenAt(doc: RequestDoc, level: RequestDoc['level'], now: Date): Change['set'] {
  const answerDueAt = answerDueFrom(now, doc);
  const moved = level !== doc.level;
  return {
    status: 'in_progress',
    active: 1,
    outcome: 'open',
    closedAt: null,
    level,
    handlerOrgId: handlerOrgOf(doc.orgPath, level),
    assigneeId: moved ? null : doc.assigneeId,
    answerDueAt,
    dueAt: answerDueAt,
    overdue: 0,
  };
}

/**
 * 满意 / 基本满意 close it. 不满意: the first time it is handled again at the same level; from the
 * second time on it goes up a level; at the district it closes as 不满意.
 */
export function rateChange(
  doc: RequestDoc,
  rating: Rating,
  comment: string,
  now: Date,
): Change & { reopened: boolean; escalated: boolean } {
  check('rate', doc, now);
  const rated = byThem(doc, 'rated', `评价：${RATING_LABELS[rating]}${comment ? `。${comment}` : ''}`, { rating });
  if (rating !== 'unsatisfied') {
    const outcome = rating === 'satisfied' ? 'closed_satisfied' : 'closed_basic';
    return {
      set: { status: 'closed', active: 0, outcome, rating, ratingComment: comment, closedAt: now },
      events: [rated],
      reopened: false,
      escalated: false,
    };
  }
  const unsatisfiedCount = doc.unsatisfiedCount + 1;
  const up = unsatisfiedCount >= 2 ? levelAbove(doc.level) : doc.level;
  if (!up) {
    return {
      set: {
        status: 'closed',
        active: 0,
        outcome: 'closed_unsatisfied',
        rating,
        ratingComment: comment,
        unsatisfiedCount,
        closedAt: now,
      },
      events: [rated],
      reopened: false,
      escalated: false,
    };
  }
  const escalated = up !== doc.level;
  const next: EventDraft = escalated
    ? {
        kind: 'escalated',
        by: 'system',
        byName: '系统',
        text: `再次不满意，转${LEVEL_LABELS[up]}办理`,
        internal: false,
        fromLevel: doc.level,
        toLevel: up,
      }
    : { kind: 'reopened', by: 'system', byName: '系统', text: '不满意，由原办理单位重新办理', internal: false };
  return {
    set: { ...reopenAt(doc, up, now), rating, ratingComment: comment, unsatisfiedCount },
    events: [rated, next],
    reopened: !escalated,
    escalated,
  };
}

export function reopenChange(doc: RequestDoc, reason: string, now: Date): Change {
  check('reopen', doc, now);
  return {
    set: { ...reopenAt(doc, doc.level, now), rating: null, ratingComment: null },
    events: [byThem(doc, 'reopened', `申请重新办理：${reason}`)],
  };
}
