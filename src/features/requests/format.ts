import { shanghai } from '../../lib/time/format';

/** A deadline is the end of a working day: shown as that day ("12月8日当天"), not the next midnight. */
export function dueText(iso: string | null, overdue: boolean, what: '受理' | '答复' = '答复'): string {
  if (!iso) return '';
  const day = shanghai(new Date(new Date(iso).getTime() - 1), 'M月D日');
  return overdue ? `已超期（应于 ${day} 前${what}）` : `${day}（含当天）前`;
}

/**
 * The deadlines of an open request, each under its own name: while it waits, 受理期限 (the one that can be
 * overdue) and the 答复期限 after it; once accepted, 答复期限 alone.
 */
export function deadlineLines(r: {
  dueAt: string | null;
  dueKind: 'accept' | 'answer' | null;
  answerDueAt: string | null;
  overdue: boolean;
}): { label: string; text: string; overdue: boolean }[] {
  if (!r.dueAt) return [];
  if (r.dueKind !== 'accept') return [{ label: '答复期限', text: dueText(r.dueAt, r.overdue), overdue: r.overdue }];
  const lines = [{ label: '受理期限', text: dueText(r.dueAt, r.overdue, '受理'), overdue: r.overdue }];
  if (r.answerDueAt) lines.push({ label: '答复期限', text: dueText(r.answerDueAt, false), overdue: false });
  return lines;
}
