import type { Contract } from '../../types/common/contract';
import { AppError } from '../../types/common/errors';
import { RATE_LIMITS, rateBudgetOf, rateLimitedMessage, rateWindowOf } from '../../types/common/rate-limits';
import type { ActionContext } from './action';
import { isDuplicateKey } from './store';

/**
 * A caller's counters: ONE document per caller (`_id` = OPENID) holding, for each budget the caller has used,
 * the window (its start, epoch ms) of each of their last `limit` counted calls, oldest first (`recent`). The
 * caller is within a budget exactly when fewer than `limit` calls are kept, or the oldest kept is not the
 * current window: `limit` calls in this window would have pushed every older one out. So the collection
 * never grows past the number of people, needs no cleanup, and nothing reads a person's history (issue 13
 * item 5). One document per caller, not per budget: only a person's very first counted call creates it.
 */
export interface RateCounterDoc {
  _id: string;
  openid: string;
  /** Per budget: window starts (epoch ms) of the last `limit` counted calls, oldest first. */
  recent: Record<string, number[]>;
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
 * calls can never take more than the limit: (1) push this window onto the budget's `recent`, keeping the last
 * `limit`, if fewer than `limit` are kept or the oldest kept is another window (another, not only an earlier
 * one: instances whose clocks differ by a second at a window's edge must not lock a person out); (2) else, for
 * someone never counted, create the counter; a duplicate there means it exists (a concurrent first call may
 * have created it): (1) once more decides. A limit raised in the table lets `recent` grow; one lowered trims it
 * at the next call.
 */
export async function takeRateSlot(ctx: ActionContext, contract: Contract): Promise<void> {
  const budget = rateBudgetOf(contract.fn, contract.action);
  if (!budget || !ctx.openid) return;
  const rule = RATE_LIMITS[budget];
  const { start, end } = rateWindowOf(rule, ctx.now);
  const windowStart = start.getTime();
  const { _ } = ctx;
  const counters = ctx.db.collection(COLLECTION);
  const kept = `recent.${budget}`;
  const countUp = async () =>
    updated(
      await counters
        .where(
          _.and([
            { _id: ctx.openid },
            _.or([
              { [`${kept}.${rule.limit - 1}`]: _.exists(false) },
              { [`${kept}.0`]: _.or(_.lt(windowStart), _.gt(windowStart)) },
            ]),
          ]),
        )
        .update({ data: { recent: { [budget]: _.push({ each: [windowStart], slice: -rule.limit }) } } }),
    );

  if (await countUp()) return;
  try {
    const doc: RateCounterDoc = { _id: ctx.openid, openid: ctx.openid, recent: { [budget]: [windowStart] } };
    await counters.add({ data: doc });
    return;
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
  if (await countUp()) return;
  throw new AppError('RATE_LIMITED', rateLimitedMessage(rule, end.getTime() - ctx.now.getTime()));
}
