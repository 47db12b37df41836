import type { Figures } from '../../../types/requests/inbox';
import type { Outcome } from '../../../types/requests/model';
import type { ActionContext } from '../../_kernel/action';

const CLOSED: Outcome[] = ['closed_satisfied', 'closed_basic', 'closed_unsatisfied', 'closed_unrated'];

/** Median hours to the first answer under one node: an indexed count, then the middle one or two in order. */
export async function medianAnswerHours(ctx: ActionContext, key: string, id: string): Promise<number | null> {
  const where = { [key]: id, answerHours: ctx._.gte(0) };
  const answered = await ctx.read.count('requests', where);
  if (!answered) return null;
  const middle = await ctx.read.many<{ answerHours: number }>('requests', where, {
    orderBy: [['answerHours', 'asc']],
    skip: Math.floor((answered - 1) / 2),
    limit: answered % 2 ? 1 : 2,
    fields: { answerHours: true },
  });
  const sum = middle.reduce((a, d) => a + d.answerHours, 0);
  return Math.round((sum / middle.length) * 10) / 10;
}

/** Counts of one node, each answered from an index (orgPath.<depth> with outcome / active). */
export async function countsUnder(
  ctx: ActionContext,
  key: string,
  id: string,
): Promise<Omit<Figures, 'medianAnswerHours'>> {
  const count = (extra: object) => ctx.read.count('requests', { [key]: id, ...extra });
  const [received, open, ...closed] = await Promise.all([
    count({}),
    count({ active: 1 }),
    ...CLOSED.map((outcome) => count({ outcome })),
  ]);
  const [satisfied, basic, unsatisfied, unrated] = closed;
  return withRates({
    received,
    open,
    solved: satisfied + basic + unsatisfied + unrated,
    satisfied,
    basic,
    unsatisfied,
  });
}

export function withRates(c: {
  received: number;
  open: number;
  solved: number;
  satisfied: number;
  basic: number;
  unsatisfied: number;
}): Omit<Figures, 'medianAnswerHours'> {
  const rated = c.satisfied + c.basic + c.unsatisfied;
  return { ...c, rated, satisfactionRate: rated ? Math.round(((c.satisfied + c.basic) / rated) * 1000) / 1000 : null };
}

export function sumCounts(rows: Omit<Figures, 'medianAnswerHours'>[]): Omit<Figures, 'medianAnswerHours'> {
  const add = (k: 'received' | 'open' | 'solved' | 'satisfied' | 'basic' | 'unsatisfied') =>
    rows.reduce((a, r) => a + r[k], 0);
  return withRates({
    received: add('received'),
    open: add('open'),
    solved: add('solved'),
    satisfied: add('satisfied'),
    basic: add('basic'),
    unsatisfied: add('unsatisfied'),
  });
}

/**
 * Counts of one node within a period [from, to): received = filed in it; solved and satisfaction = closed in it
 * (a request reopened later counts again when it closes again). Each an indexed count.
 */
export async function countsInPeriod(
  ctx: ActionContext,
  key: string,
  id: string,
  from: Date,
  to: Date,
): Promise<{ received: number; solved: number; satisfactionRate: number | null }> {
  const within = ctx._.gte(from).and(ctx._.lt(to));
  const count = (extra: object) => ctx.read.count('requests', { [key]: id, ...extra });
  const [received, ...closed] = await Promise.all([
    count({ createdAt: within }),
    ...CLOSED.map((outcome) => count({ outcome, closedAt: within })),
  ]);
  const [satisfied, basic, unsatisfied, unrated] = closed;
  const { solved, satisfactionRate } = withRates({
    received,
    open: 0,
    solved: satisfied + basic + unsatisfied + unrated,
    satisfied,
    basic,
    unsatisfied,
  });
  return { received, solved, satisfactionRate };
}
