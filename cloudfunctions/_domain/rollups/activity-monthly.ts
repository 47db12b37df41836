import {
  ACTIVITY_MONTH_FIELDS,
  activityFigures,
  activityMonth,
  activityRowKeys,
  deltaBetween,
  negated,
  type ActivityBooking,
  type ActivityRowKey,
} from '../../../types/activities/monthly';
import type { ActivityDoc, SignupDoc } from '../../../types/activities/model';
import type { ActionContext } from '../../_kernel/action';
import { everyDoc } from './read';
import { isDuplicateKey } from '../../_kernel/store';

type Ctx = Pick<ActionContext, 'db' | 'read' | 'now' | '_'>;

/** One row's increments (`months.<YYYY-MM>.<field>`), creating the row first when it does not exist yet. */
async function incRow(ctx: Ctx, key: ActivityRowKey, month: string, delta: ActivityBooking['delta']): Promise<void> {
  const figures: Record<string, unknown> = {};
  for (const f of ACTIVITY_MONTH_FIELDS) if (delta[f]) figures[f] = ctx._.inc(delta[f] as number);
  // Nested: the SDK flattens it to `months.<YYYY-MM>.<field>` increments (a month absent so far starts at 0).
  const data = { months: { [month]: figures } };
  const apply = async () => {
    const res = (await ctx.db.collection('activityMonthly').where({ _id: key._id }).update({ data })) as {
      stats?: { updated?: number };
    };
    return (res.stats?.updated ?? 0) > 0;
  };
  if (await apply()) return;
  try {
    await ctx.db.collection('activityMonthly').add({ data: { ...key, months: {} } });
  } catch (err) {
    // Another booking created the row first: fine, it exists now.
    if (!isDuplicateKey(err)) throw err;
  }
  await apply();
}

/**
 * Adds a booking's figures to its month in the row of every node of its path: one atomic `_.inc` per row.
 * Called AFTER the conditional update that made the change once (a meeting recorded, a staff seat marked, an
 * activity's `booked` replaced from the rev it read), never inside a transaction: rows are shared by a whole
 * street. A request cut off between the two leaves the rows behind the source, which the rebuild job
 * (activity-monthly-rebuild.ts) repairs, as it does for the rollups (keep.ts addToAncestors).
 */
export async function bookActivityMonthly(ctx: Ctx, ...bookings: (ActivityBooking | null)[]): Promise<void> {
  await Promise.all(
    bookings
      .filter((b): b is ActivityBooking => !!b && b.orgPath.length > 0 && Object.keys(b.delta).length > 0)
      .flatMap((b) => activityRowKeys(b.orgPath, b.month).map((key) => incRow(ctx, key, b.month, b.delta))),
  );
}

/** What a change of a stock (a staff seat, a volunteer) books: the old booking undone, the new one added. */
export function replaceBooking(
  before: ActivityBooking | null,
  after: ActivityBooking | null,
): (ActivityBooking | null)[] {
  const same = before && after && before.month === after.month && before.orgPath.join('/') === after.orgPath.join('/');
  if (same) {
    const delta = deltaBetween(before.delta, after.delta);
    return Object.keys(delta).length ? [{ ...after, delta }] : [];
  }
  return [before && negated(before), after];
}

/** The signed-up people of an activity, with what its figures read. */
export function signedOf(ctx: Ctx, activityId: string) {
  return everyDoc<Pick<SignupDoc, '_id' | 'checkedInAt' | 'minutes'>>(
    ctx,
    'activitySignups',
    { activityId, status: 'signed' },
    { checkedInAt: true, minutes: true },
  );
}

/** Enough for every writer of an activity to finish: each failed round means another one succeeded. */
const ATTEMPTS = 10;

/**
 * After a write that may change what an activity counts for (its summary, check-ins, hours): its figures are
 * recomputed from the activity and its sign-ups and the difference from what it last booked is added to the
 * rows. As keepGridRollup (keep.ts) does for a grid: `booked` is replaced only from the rev read before the
 * sign-ups were, so a recompute from sign-ups read before another writer's change never overwrites that
 * writer's booking (it fails the rev check and reads again); a writer stops once the rev has moved on twice
 * since its first read (the second of those read the sign-ups after our write).
 */
export async function keepActivityBooking(ctx: Ctx, activityId: string): Promise<void> {
  let firstRev: number | null = null;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const activity = await ctx.read.byId<ActivityDoc>('activities', activityId);
    if (!activity) return;
    const rev = activity.booked?.rev ?? 0;
    if (firstRev === null) firstRev = rev;
    else if (rev >= firstRev + 2) return;
    const figures = activityFigures(activity, await signedOf(ctx, activityId));
    const delta = deltaBetween(activity.booked?.figures ?? {}, figures);
    if (!Object.keys(delta).length) return;
    const res = (await ctx.db
      .collection('activities')
      .where({ _id: activityId, ...(rev ? { 'booked.rev': rev } : { booked: ctx._.exists(false) }) })
      .update({ data: { booked: ctx._.set({ figures, rev: rev + 1 }) } })) as { stats: { updated: number } };
    if (res.stats.updated !== 1) continue;
    await bookActivityMonthly(ctx, { orgPath: activity.organiserPath, month: activityMonth(activity), delta });
    return;
  }
  console.error(
    `[activityMonthly] activity ${activityId} changed under ${ATTEMPTS} recomputes; the rebuild repairs it`,
  );
}
