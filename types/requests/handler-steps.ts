import { AppError } from '../common/errors';
import { LEVEL_LABELS, type RequestDoc } from './model';
import { nextStatus, refusal, stepAllowed, stepBlocked } from './state-machine';
import type { ParsedInputOf } from '../common/contract';
import type { handleRequest } from './handle';
import type { Change, EventDraft } from './step-change';
import { answerDueFrom } from './deadlines';
import { handlerOrgOf, levelAbove, levelBelow } from './levels';

export type HandlerInput = ParsedInputOf<typeof handleRequest>;
export interface Actor {
  staffId: string;
  name: string;
}

/** The change one staff step makes (checked against the table and the request's own limits). */
export function handlerChange(
  doc: RequestDoc,
  input: HandlerInput,
  actor: Actor,
  now: Date,
  assigneeName?: string,
): Change {
  if (!stepAllowed(input.step, doc.status)) throw new AppError('PRECONDITION_FAILED', refusal(input.step, doc.status));
  const blocked = stepBlocked(input.step, doc, now);
  if (blocked) throw new AppError('PRECONDITION_FAILED', blocked);
  const status = nextStatus(input.step, doc.status);
  const text = 'text' in input ? input.text : '';
  const event = (kind: EventDraft['kind'], words: string, extra: Partial<EventDraft> = {}): EventDraft => ({
    kind,
    by: actor.staffId,
    byName: actor.name,
    text: words,
    internal: false,
    ...extra,
  });

  switch (input.step) {
    case 'accept':
      return {
        set: { status, dueAt: doc.answerDueAt, overdue: 0 },
        events: [event('accepted', text || '已受理您的诉求')],
      };
    case 'start':
      return { set: { status }, events: [event('started', text || '已开始办理')] };
    case 'assign':
      return {
        set: { assigneeId: input.assigneeId },
        events: [event('assigned', `指派给 ${assigneeName ?? '工作人员'} 办理`, { internal: true })],
      };
    case 'escalate':
    case 'handBack': {
      const to = input.step === 'escalate' ? levelAbove(doc.level) : levelBelow(doc.level);
      if (!to) throw new AppError('PRECONDITION_FAILED', '没有可以转交的层级');
      const answerDueAt = answerDueFrom(now, doc);
      const words = `${input.step === 'escalate' ? '上报' : '交回'}${LEVEL_LABELS[to]}：${text}`;
      return {
        set: {
          status,
          level: to,
          handlerOrgId: handlerOrgOf(doc.orgPath, to),
          assigneeId: null,
          answerDueAt,
          dueAt: answerDueAt,
          overdue: 0,
        },
        events: [
          event(input.step === 'escalate' ? 'escalated' : 'handed_back', words, { fromLevel: doc.level, toLevel: to }),
        ],
      };
    }
    case 'progress':
      return { set: {}, events: [event('progress', text)] };
    case 'answer': {
      const answerHours =
        doc.answerHours ?? Math.round(((now.getTime() - doc.createdAt.getTime()) / 3_600_000) * 10) / 10;
      return {
        set: {
          status,
          answer: text,
          answeredAt: now,
          answerHours,
          dueAt: null,
          overdue: 0,
          rating: null,
          ratingComment: null,
        },
        events: [event('answered', text)],
      };
    }
    case 'close':
      return {
        set: { status, active: 0, outcome: 'closed_unrated', closedAt: now, dueAt: null, overdue: 0 },
        events: [event('closed', text || '诉求已办结')],
      };
    case 'return':
      return {
        set: { status, active: 0, outcome: 'returned', returnReason: text, closedAt: now, dueAt: null, overdue: 0 },
        events: [event('returned', text)],
      };
    case 'note':
      return { set: {}, events: [event('note', text, { internal: true })] };
    case 'markLegacy': {
      const answerDueAt = answerDueFrom(now, { ...doc, legacy: 1 });
      const dueAt = doc.status === 'submitted' ? doc.dueAt : answerDueAt;
      return {
        set: { legacy: 1, answerDueAt, dueAt, overdue: dueAt && dueAt < now ? 1 : 0 },
        events: [event('legacy_marked', `认定为历史遗留问题，长期跟踪办理：${text}`)],
      };
    }
  }
}
