import {
  emptyMonthly,
  MONTHLY_FIELDS,
  monthlyKeys,
  type CareMonthlyDoc,
  type MonthlyDelta,
  type MonthlyKey,
} from '../../../types/care/monthly';
import type { ActionContext } from '../../_kernel/action';
import type { VisitDoc } from '../../../types/care/model';
import type { AssistanceDoc } from '../../../types/assist/model';
import { isDuplicateKey } from '../../_kernel/store';

/** The documents that count in `careMonthly`; each carries `monthlyBooked` (false until booked). */
export type MonthlySource = { collection: 'visits' | 'assistance'; id: string };

export type Booking = { orgPath: string[]; month: string; delta: MonthlyDelta };

/** What a visit adds to its month: one visit and its value. */
export function visitBooking(v: Pick<VisitDoc, 'orgPath' | 'month' | 'valueFen'>): Booking {
  return { orgPath: v.orgPath, month: v.month, delta: { visits: 1, visitValueFen: v.valueFen } };
}

/** What a payment adds to the month it was paid in: one case and its amount, as relief or as a subsidy. */
export function paymentBooking(
  a: Pick<AssistanceDoc, 'orgPath' | 'kind'> & { disbursedMonth: string; disbursedFen: number },
): Booking {
  const fen = a.disbursedFen;
  return {
    orgPath: a.orgPath,
    month: a.disbursedMonth,
    delta: a.kind === 'relief' ? { reliefCases: 1, reliefFen: fen } : { subsidies: 1, subsidyFen: fen },
  };
}

/**
 * Adds a visit's or a payment's figures to its month in the street's, community's and grid's row of its year
 * (`months.<YYYY-MM>.<field>`), AFTER the
 * transaction that wrote it (with `monthlyBooked: false`), never inside it: rows are shared by everyone in a
 * street, and a transaction that touched them made concurrent visit logs collide (CONFLICT).
 *
 * Each row is changed by one atomic single-document update with `_.inc`, conditioned on the row not
 * already holding the booking's token (`bookedIds`), so booking the same source twice (a repair after a
 * crash) never counts it twice. Then the source is marked booked and the tokens are dropped from the rows.
 * The rule (docs/ARCHITECTURE.md): a row is exact for every source whose `monthlyBooked` is true; a
 * source still false is in flight (booked within the request that wrote it) or was cut off by a crash
 * before its booking finished (booking it again is safe; the care function's timer job `bookLeftovers`
 * does it once the request that wrote it is surely over).
 */
export async function bookMonthly(ctx: ActionContext, source: MonthlySource, booking: Booking): Promise<void> {
  const token = `${source.collection}/${source.id}`;
  const keys = monthlyKeys(booking.orgPath, booking.month);
  await Promise.all(keys.map((key) => addOnce(ctx, key, token, booking.month, booking.delta)));
  await ctx.db
    .collection(source.collection)
    .doc(source.id)
    .update({ data: { monthlyBooked: true } });
  await Promise.all(
    keys.map((key) =>
      ctx.db
        .collection('careMonthly')
        .doc(key._id)
        .update({ data: { bookedIds: ctx._.pull(token) } }),
    ),
  );
}

async function addOnce(
  ctx: ActionContext,
  key: MonthlyKey,
  token: string,
  month: string,
  delta: MonthlyDelta,
): Promise<void> {
  const { _ } = ctx;
  // Nested: the SDK flattens it to `months.<YYYY-MM>.<field>` increments (a month absent so far starts at 0).
  const figures: Record<string, unknown> = {};
  for (const f of MONTHLY_FIELDS) if (delta[f]) figures[f] = _.inc(delta[f] as number);
  const data: Record<string, unknown> = { bookedIds: _.push([token]), months: { [month]: figures } };
  const apply = async () => {
    const res = (await ctx.db
      .collection('careMonthly')
      .where({ _id: key._id, bookedIds: _.neq(token) })
      .update({ data })) as { stats?: { updated?: number } };
    return (res.stats?.updated ?? 0) > 0;
  };
  if (await apply()) return;
  // Nothing updated: the row does not exist yet, or it already holds this booking.
  const zero: CareMonthlyDoc & { bookedIds: string[] } = { ...emptyMonthly(key), bookedIds: [] };
  try {
    await ctx.db.collection('careMonthly').add({ data: zero });
  } catch (err) {
    // Another booking created the row first: fine, it exists now.
    if (!isDuplicateKey(err)) throw err;
  }
  await apply();
}
