import type { RequestCategory, RequestLevel, Urgency } from './model';

/**
 * Per category: the level that takes it first and its time limits in WORKING days (see working-days).
 * A simple question starts with the grid; rights (权益维护) go to the district. Urgent requests
 * (no money for food or medicine this week) get the URGENT limits whatever their category.
 */
export interface TimeLimit {
  firstLevel: RequestLevel;
  acceptDays: number;
  answerDays: number;
}

export const CATEGORY_RULES: Record<RequestCategory, TimeLimit> = {
  政策咨询: { firstLevel: 'grid', acceptDays: 1, answerDays: 5 },
  优抚待遇: { firstLevel: 'community', acceptDays: 1, answerDays: 10 },
  就业创业: { firstLevel: 'community', acceptDays: 1, answerDays: 10 },
  生活困难: { firstLevel: 'grid', acceptDays: 1, answerDays: 7 },
  医疗保障: { firstLevel: 'community', acceptDays: 1, answerDays: 10 },
  住房: { firstLevel: 'street', acceptDays: 2, answerDays: 15 },
  权益维护: { firstLevel: 'district', acceptDays: 2, answerDays: 20 },
  其他: { firstLevel: 'grid', acceptDays: 1, answerDays: 7 },
};

export const URGENT_LIMITS = { acceptDays: 0, answerDays: 2 } as const;
/** A legacy case (历史遗留问题) is followed over months: its answer is due in 60 working days. */
export const LEGACY_ANSWER_DAYS = 60;

export function limitsFor(category: RequestCategory, urgency: Urgency): { acceptDays: number; answerDays: number } {
  const rule = CATEGORY_RULES[category];
  return urgency === 'urgent' ? URGENT_LIMITS : { acceptDays: rule.acceptDays, answerDays: rule.answerDays };
}
