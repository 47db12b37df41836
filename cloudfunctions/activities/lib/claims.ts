import type { ActivityDoc, SeatCounter, SignupDoc } from '../../../types/activities/model';
import type { ActionContext } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';
import { changed, moveSignup } from './seats';

/**
 * A sign-up takes its seat in two writes to two documents (WeChat Cloud has no transaction over a
 * `where().update()`, and one over the hot activity document would collide under a burst): the claim
 * (`claiming` sign-up carrying a token), then the seat (`_.inc(-1)` on the activity, which in the SAME update
 * records `seatClaims.<token>`), then the sign-up is recorded and the token removed. An invocation stopped
 * anywhere in between leaves enough to finish or undo it: `settleClaim` (on the person's next sign-up, and
 * by the timer `settleSignupClaims`) gives a claim whose token holds a seat that seat, and cancels one
 * whose token holds none. No seat is lost and none is given twice.
 */

/** A claim no sign-up call has touched for this long is treated as abandoned by a call that died. */
export const STALE_CLAIM_MS = 60_000;

export const newClaimToken = () => `c${newId().slice(0, 20)}`;

/**
 * A seat a newcomer may take: one is free and nobody holds a waiting place. A seat free while someone waits is
 * theirs (a cancel's seat on its way to them, lib/fill.ts), so the newcomer joins the line behind them.
 */
export const seatForNewcomer = (a: Pick<ActivityDoc, 'remaining' | 'waitRemaining' | 'waitlistCap'>): boolean =>
  a.remaining > 0 && a.waitRemaining >= a.waitlistCap;

/**
 * Takes one seat (or waiting-list place) when one is left, recording which claim took it: a single
 * conditional update of the activity, so any number of concurrent callers take at most what there is. A seat
 * only as `seatForNewcomer` allows, checked in the same update.
 */
export async function takeSeat(
  ctx: ActionContext,
  activity: Pick<ActivityDoc, '_id' | 'waitlistCap'>,
  counter: SeatCounter,
  token: string,
): Promise<boolean> {
  const { db, _ } = ctx;
  const noneWaiting = counter === 'remaining' ? { waitRemaining: _.gte(activity.waitlistCap) } : {};
  return (
    (await changed(
      db
        .collection('activities')
        .where({ _id: activity._id, [counter]: _.gt(0), ...noneWaiting })
        .update({ data: { [counter]: _.inc(-1), seatClaims: { [token]: counter } } }),
    )) === 1
  );
}

/** The claim is recorded on its sign-up: the activity no longer needs to remember it. */
export async function forgetClaim(ctx: ActionContext, activityId: string, token: string): Promise<void> {
  await ctx.db
    .collection('activities')
    .doc(activityId)
    .update({ data: { seatClaims: { [token]: ctx._.remove() } } });
}

/**
 * A waiting place was recorded: the claim is forgotten only if no seat is free (one conditional update, in
 * place of `forgetClaim`). False when a seat is free: the claim is still to forget and the seat to fill
 * (lib/fill.ts), since a cancel may have freed it before this person was on the list to receive it.
 */
export async function forgetClaimWhileFull(ctx: ActionContext, activityId: string, token: string): Promise<boolean> {
  const { _ } = ctx;
  return (
    (await changed(
      ctx.db
        .collection('activities')
        .where({ _id: activityId, remaining: _.lte(0) })
        .update({ data: { seatClaims: { [token]: _.remove() } } }),
    )) === 1
  );
}

/**
 * The claim lost its sign-up (settled as abandoned while its call still ran): its seat goes back, once,
 * in the same update that forgets the claim (a seat marked freed, lib/fill.ts).
 */
export async function returnClaimedSeat(
  ctx: ActionContext,
  activityId: string,
  token: string,
  counter: SeatCounter,
): Promise<void> {
  const freed = counter === 'remaining' ? { seatsFreedAt: ctx.now } : {};
  await ctx.db
    .collection('activities')
    .where({ _id: activityId, [`seatClaims.${token}`]: counter })
    .update({ data: { [counter]: ctx._.inc(1), seatClaims: { [token]: ctx._.remove() }, ...freed } });
}

const STATUS_OF: Record<SeatCounter, 'signed' | 'waitlisted'> = { remaining: 'signed', waitRemaining: 'waitlisted' };

/**
 * Finishes or undoes a `claiming` sign-up: if its token took a seat (or waiting place), the sign-up gets it
 * (its place in line is when it claimed); if not, and the claim is stale (or `force`), it is cancelled. A
 * fresh claim without a seat is left alone (its call may still be running). Returns the sign-up as it now
 * stands (re-read when another call moved it meanwhile).
 */
export async function settleClaim(ctx: ActionContext, signup: SignupDoc, force = false): Promise<SignupDoc> {
  const token = signup.claimToken ?? '';
  const activity = await ctx.read.byId<ActivityDoc>('activities', signup.activityId);
  const counter = token ? activity?.seatClaims?.[token] : undefined;
  if (counter) {
    if (await moveSignup(ctx, signup._id, 'claiming', { status: STATUS_OF[counter] }, token)) {
      await forgetClaim(ctx, signup.activityId, token);
      return { ...signup, status: STATUS_OF[counter] };
    }
  } else {
    const stale = ctx.now.getTime() - signup.updatedAt.getTime() > STALE_CLAIM_MS;
    if (!stale && !force) return signup;
    if (await moveSignup(ctx, signup._id, 'claiming', { status: 'cancelled' }, token || undefined))
      return { ...signup, status: 'cancelled' };
  }
  return (await ctx.read.byId<SignupDoc>('activitySignups', signup._id)) ?? signup;
}
