import type { Contract } from '../../types/common/contract';
import { AppError } from '../../types/common/errors';
import { RATE_LIMITS, rateBudgetOf, rateLimitedMessage, rateWindowOf } from '../../types/common/rate-limits';
import type { ActionContext } from './action';
import { isDuplicateKey } from './store';

/**
 * A caller's counter for one budget: ONE document per (budget, caller) holding the window (its start, epoch
 * ms) of each of the caller's last `limit` counted calls, oldest first (`recent`, created padded with zeros
 * to `limit` entries). The caller is within the budget exactly when the oldest of those is not the current
 * window: `limit` calls in this window would have pushed every older one out. So the collection never grows
 * past people x budgets, needs no cleanup, and nothing reads a person's history (issue 13 item 5).
 */
export interface RateCounterDoc {
  _id: string;
  budget: string;
  openid: string;
  /** Window starts (epoch ms) of the last `limit` counted calls, oldest first; 0 pads a new counter. */
  recent: number[];
}

const COLLECTION = 'rateCounters';

type UpdateResult = { stats?: { updated?: number } };
const updated = (res: unknown) => ((res as UpdateResult).stats?.updated ?? 0) > 0;

/**
 * Takes one call from the caller's budget for the action, or throws RATE_LIMITED having written nothing.
 * Actions outside the table and calls without a WeChat identity (refused later as UNAUTHENTICATED) are
 * not counted.
 *
 * One conditional single-document update in the usual case, atomic in the database, so a burst of concurrent
 * calls can never take more than the limit: (1) push this window onto `recent`, keeping the last `limit`, if
 * the oldest kept is another window (another, not only an earlier one: instances whose clocks differ by a
 * second at a window's edge must not lock a person out); (2) else, for someone never counted, create the
 * counter; a duplicate there means the counter exists: (3) one written before counters kept `recent` takes
 * this call as its first, else (1) once more decides (a concurrent call may have created it first). A limit
 * raised in the table just lets `recent` grow; one lowered trims it at the next call.
 */
export async function takeRateSlot(ctx: ActionContext, contract: Contract): Promise<void> {
  const budget = rateBudgetOf(contract.fn, contract.action);
  if (!budget || !ctx.openid) return;
  const rule = RATE_LIMITS[budget];
  const { start, end } = rateWindowOf(rule, ctx.now);
  const windowStart = start.getTime();
  const _id = `${budget}:${ctx.openid}`;
  const { _ } = ctx;
  const counters = ctx.db.collection(COLLECTION);
  const fresh = [...new Array<number>(rule.limit - 1).fill(0), windowStart];
  const countUp = async () =>
    updated(
      await counters
        .where({ _id, 'recent.0': _.or(_.lt(windowStart), _.gt(windowStart)) })
        .update({ data: { recent: _.push({ each: [windowStart], slice: -rule.limit }) } }),
    );

  if (await countUp()) return;
  try {
    await counters.add({ data: { _id, budget, openid: ctx.openid, recent: fresh } satisfies RateCounterDoc });
    return;
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
  if (
    updated(
      await counters
        .where({ _id, 'recent.0': _.exists(false) })
        .update({ data: { recent: _.set(fresh), windowStart: _.remove(), count: _.remove() } }),
    )
  )
    return;
  if (await countUp()) return;
  throw new AppError('RATE_LIMITED', rateLimitedMessage(rule, end.getTime() - ctx.now.getTime()));
}
