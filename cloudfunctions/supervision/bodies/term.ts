import { AppError } from '../../../types/common/errors';
import { denied } from '../../_kernel/action';
import type { SupervisorType } from '../../../types/auth/roles';
import type { SupervisorDoc } from '../../../types/supervision/model';
import type { Caller } from '../../_kernel/caller';

const DAY = 86_400_000;

/** Inside the term (its first day to its last, inclusive). */
export function inTerm(s: SupervisorDoc, now: Date): boolean {
  return now.getTime() >= s.termStart.getTime() && now.getTime() < s.termEnd.getTime() + DAY;
}

export function canFile(s: SupervisorDoc, now: Date): boolean {
  return s.status === 'active' && s.agreementSigned && inTerm(s, now);
}

/**
 * The caller's appointment that lets them file now. Outside the term (or without the signed agreement)
 * a supervisor may still read: filing is refused with the reason.
 */
export function filingAppointment(caller: Caller, type: SupervisorType, now: Date): SupervisorDoc {
  const mine = caller.supervisors.filter((s) => s.type === type);
  if (!mine.length) throw denied(type === 'integrity' ? 'report:file' : 'feedback:file');
  const ready = mine.find((s) => canFile(s, now));
  if (ready) return ready;
  if (mine.some((s) => inTerm(s, now)))
    throw new AppError('PRECONDITION_FAILED', '请先签订监督员协议，签订后才能反映问题');
  throw new AppError('PRECONDITION_FAILED', '不在监督员任期内：可以查看，不能提交');
}
