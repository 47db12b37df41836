import type { Contract } from '../../types/common/contract';
import { AppError } from '../../types/common/errors';
import { RATE_LIMITS, rateBudgetOf, rateLimitedMessage, rateWindowOf } from '../../types/common/rate-limits';
import type { ActionContext } from './action';

/**
 * A caller's counter for one budget: ONE document per (budget, caller), holding the current window's count
 * and rolled over in place when a new window begins. So the collection never grows past people x budgets
 * and needs no cleanup; nothing reads a person's history (issue 13 item 5).
 */
export interface RateCounterDoc {
  _id: string;
  budget: string;
  openid: string;
  /** Start of the counted window, epoch ms. */
  windowStart: number;
  count: number;
}

const COLLECTION = 'rateCounters';

type UpdateResult = { stats?: { updated?: number } };
const updated = (res: unknown) => ((res as UpdateResult).stats?.updated ?? 0) > 0;

/**
 * Takes one call from the caller's budget for the action, or throws RATE_LIMITED having written nothing.
 * Actions outside the table and calls without a WeChat identity (refused later as UNAUTHENTICATED) are
 * not counted.
 *
 * Each step is one conditional single-document update, atomic in the database, so a burst of concurrent
 * calls can never take more than the limit: (1) count up within the current window while below the limit;
 * (2) else roll a counter left from another window over to this one at 1 (another, not only an earlier one:
 * instances whose clocks differ by a second at a window's edge must not lock a person out); (3) else create the counter at
 * 1; a duplicate there means a concurrent call created it first, so (1) once more decides.
 */
export async function takeRateSlot(ctx: ActionContext, contract: Contract): Promise<void> {
  const budget = rateBudgetOf(contract.fn, contract.action);
  if (!budget || !ctx.openid) return;
  const rule = RATE_LIMITS[budget];
  const { start, end } = rateWindowOf(rule, ctx.now);
  const windowStart = start.getTime();
  const _id = `${budget}:${ctx.openid}`;
  const counters = ctx.db.collection(COLLECTION);
  const countUp = async () =>
    updated(
      await counters.where({ _id, windowStart, count: ctx._.lt(rule.limit) }).update({ data: { count: ctx._.inc(1) } }),
    );

  if (await countUp()) return;
  if (
    updated(
      await counters.where({ _id, windowStart: ctx._.neq(windowStart) }).update({ data: { windowStart, count: 1 } }),
    )
  )
    return;
  const fresh: RateCounterDoc = { _id, budget, openid: ctx.openid, windowStart, count: 1 };
  try {
    await counters.add({ data: fresh });
    return;
  } catch (err) {
    if (!/exist|duplicate/i.test(String((err as Error)?.message ?? err))) throw err;
  }
  if (await countUp()) return;
  throw new AppError('RATE_LIMITED', rateLimitedMessage(rule, end.getTime() - ctx.now.getTime()));
}
