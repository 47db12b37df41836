import { can } from '../../../types/auth/policies';
import type { RequestDoc } from '../../../types/requests/model';
import { REOPEN_WINDOW_DAYS, stepsFor, type StepName } from '../../../types/requests/state-machine';
import type { Caller } from '../../_kernel/caller';
import { handlerPlace, levelAbove, levelBelow } from './levels';

export function isSubmitter(caller: Caller, doc: Pick<RequestDoc, 'veteranId' | 'openid'>): boolean {
  return caller.veteran?._id === doc.veteranId || (doc.openid !== null && caller.openid === doc.openid);
}

export function isHandler(caller: Caller, doc: Pick<RequestDoc, 'orgPath' | 'level'>): boolean {
  return can(caller, 'request:handle', handlerPlace(doc));
}

/** Until when the person who asked may reopen (30 days after the latest answer), or null. */
export function reopenUntil(doc: Pick<RequestDoc, 'answeredAt'>): Date | null {
  return doc.answeredAt ? new Date(doc.answeredAt.getTime() + REOPEN_WINDOW_DAYS * 86_400_000) : null;
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

/** The steps this caller may take on the request now: what the UI shows and the function enforces. */
export function callerSteps(caller: Caller, doc: RequestDoc, now: Date): StepName[] {
  const steps = new Set<StepName>();
  if (isSubmitter(caller, doc)) stepsFor('submitter', doc.status).forEach((s) => steps.add(s));
  if (isHandler(caller, doc)) stepsFor('handler', doc.status).forEach((s) => steps.add(s));
  return [...steps].filter((s) => !stepBlocked(s, doc, now));
}
