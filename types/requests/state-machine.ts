import { DAY_MS } from '../common/shanghai-time';
import { levelAbove, levelBelow } from './levels';
import { STATUS_LABELS, type RequestDoc, type RequestStatus } from './model';

/**
 * The steps of a request as a table: who may take each step, from which statuses, and where it leads.
 * Shared by the function (which enforces it) and the UI (which shows only what the caller may do).
 * `to: 'same'` keeps the status; rating's and escalation's targets depend on the request (see rate-outcome).
 */
export type Actor = 'submitter' | 'handler';

export const STEPS = {
  accept: { actor: 'handler', from: ['submitted'], to: 'accepted', label: '受理' },
  start: { actor: 'handler', from: ['accepted'], to: 'in_progress', label: '开始办理' },
  assign: { actor: 'handler', from: ['submitted', 'accepted', 'in_progress'], to: 'same', label: '指派办理人' },
  escalate: { actor: 'handler', from: ['accepted', 'in_progress'], to: 'in_progress', label: '上报上级' },
  handBack: { actor: 'handler', from: ['accepted', 'in_progress'], to: 'in_progress', label: '交回下级' },
  progress: { actor: 'handler', from: ['accepted', 'in_progress'], to: 'same', label: '告知进展' },
  answer: { actor: 'handler', from: ['accepted', 'in_progress'], to: 'answered', label: '答复' },
  close: { actor: 'handler', from: ['answered'], to: 'closed', label: '办结' },
  return: { actor: 'handler', from: ['submitted', 'accepted', 'in_progress'], to: 'returned', label: '退回' },
  note: {
    actor: 'handler',
    from: ['submitted', 'accepted', 'in_progress', 'answered', 'closed', 'returned'],
    to: 'same',
    label: '内部备注',
  },
  markLegacy: {
    actor: 'handler',
    from: ['submitted', 'accepted', 'in_progress'],
    to: 'same',
    label: '标记历史遗留问题',
  },
  addInfo: {
    actor: 'submitter',
    from: ['submitted', 'accepted', 'in_progress', 'answered'],
    to: 'same',
    label: '补充信息',
  },
  rate: { actor: 'submitter', from: ['answered'], to: 'closed', label: '评价' },
  reopen: { actor: 'submitter', from: ['answered', 'closed'], to: 'in_progress', label: '重新办理' },
} as const satisfies Record<
  string,
  { actor: Actor; from: readonly RequestStatus[]; to: RequestStatus | 'same'; label: string }
>;

export type StepName = keyof typeof STEPS;
export const STEP_NAMES = Object.keys(STEPS) as StepName[];

/** Days after an answer during which the person who asked may reopen it. */
export const REOPEN_WINDOW_DAYS = 30;

export function stepAllowed(step: StepName, status: RequestStatus): boolean {
  return (STEPS[step].from as readonly RequestStatus[]).includes(status);
}

/** The steps an actor may take on a request in `status` (before checking level limits and the reopen window). */
export function stepsFor(actor: Actor, status: RequestStatus): StepName[] {
  return STEP_NAMES.filter((s) => STEPS[s].actor === actor && stepAllowed(s, status));
}

/** Where a step leads from `status` (rate and escalate are refined by the function). */
export function nextStatus(step: StepName, status: RequestStatus): RequestStatus {
  const to = STEPS[step].to;
  return to === 'same' ? status : to;
}

/** Why a step is refused here, in words for the user. */
export function refusal(step: StepName, status: RequestStatus): string {
  return `诉求当前为「${STATUS_LABELS[status]}」，不能${STEPS[step].label}`;
}

/** Until when the person who asked may reopen (30 days after the latest answer), or null. */
export function reopenUntil(doc: Pick<RequestDoc, 'answeredAt'>): Date | null {
  return doc.answeredAt ? new Date(doc.answeredAt.getTime() + REOPEN_WINDOW_DAYS * DAY_MS) : null;
}

/** Why a step the table allows is still refused for this request now, or null. */
export function stepBlocked(step: StepName, doc: RequestDoc, now: Date): string | null {
  if (step === 'escalate' && !levelAbove(doc.level)) return '已在区一级办理，不能再上报';
  if (step === 'handBack' && !levelBelow(doc.level)) return '已在网格一级，不能再交回';
  if (step === 'markLegacy' && doc.legacy) return '已标记为历史遗留问题';
  if (step === 'reopen') {
    const until = reopenUntil(doc);
    if (!until || now > until) return '答复已超过 30 天，不能重新办理，请提交新的诉求';
  }
  return null;
}
