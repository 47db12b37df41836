import type { RequestCategory, Urgency } from './model';
import { LEGACY_ANSWER_DAYS, limitsFor } from './time-limits';
import { dueAfterWorkingDays } from './working-days';

/** When the request must be accepted and answered, counted in working days from `from`. */
export function deadlinesFrom(
  from: Date,
  category: RequestCategory,
  urgency: Urgency,
): { acceptDueAt: Date; answerDueAt: Date } {
  const limits = limitsFor(category, urgency);
  return {
    acceptDueAt: dueAfterWorkingDays(from, limits.acceptDays),
    answerDueAt: dueAfterWorkingDays(from, limits.answerDays),
  };
}

/** A fresh answer deadline (after escalation, hand-back or reopening); legacy cases get months. */
export function answerDueFrom(from: Date, doc: { category: RequestCategory; urgency: Urgency; legacy: 1 | 0 }): Date {
  if (doc.legacy) return dueAfterWorkingDays(from, LEGACY_ANSWER_DAYS);
  return dueAfterWorkingDays(from, limitsFor(doc.category, doc.urgency).answerDays);
}
