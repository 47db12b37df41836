import type { ActivityDoc, SeatCounter, SignupDoc } from '../../../types/activities/model';
import type { ActionContext } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';
import { changed, moveSignup } from './seats';
import { fillIfWaiting } from './fill';

/**
 * A cancellation frees a seat (or a waiting place) in several writes to several documents: the sign-up is
 * cancelled carrying a release id; the counter it frees is booked back on the activity under the release id,
 * conditional on that id being absent (so once, however many calls complete the release); a seat booked
 * back then goes to the first on the waiting list by a fill (lib/fill.ts), which takes it with a conditional
 * update like any sign-up, so two completions of one release never give it twice; then the sign-up forgets
 * its release, and the activity the id. WeChat Cloud may stop the call anywhere between (no transaction over
 * `where().update()`): whatever is left says how far it got, and `completeRelease` (on the person's next
 * sign-up or cancel, and by the timer `settleSignupClaims`) finishes it; a seat booked back and not yet
 * filled is marked on the activity (`seatsFreedAt`), which the timer fills. No seat is lost, none is given
 * twice.
 */

/** A release no call has finished for this long is treated as left by a call that died. */
export const STALE_RELEASE_MS = 60_000;

/**
 * How long one call holds a release it is completing: the function's timeout (config.json, 10 s), after
 * which WeChat Cloud has stopped it. Only the holder completes it, so a call that read the sign-up before
 * another completed and forgot the release cannot book its place a second time.
 */
const RELEASE_LEASE_MS = 10_000;

/** Cancels `signup` (still `from`) with a fresh release id; false when it moved meanwhile. */
export async function cancelWithRelease(
  ctx: ActionContext,
  signup: SignupDoc,
  from: 'signed' | 'waitlisted',
): Promise<string | null> {
  const releasing = `r${newId().slice(0, 20)}`;
  const moved = await moveSignup(ctx, signup._id, from, {
    status: 'cancelled',
    releasing,
    releasingAt: ctx.now,
    releasingFrom: from,
    releaseLeaseUntil: new Date(ctx.now.getTime() + RELEASE_LEASE_MS),
  });
  return moved ? releasing : null;
}

/**
 * Books the counter a release frees, once: conditional on the release id not being booked yet. A seat booked
 * back to `remaining` marks the activity (`seatsFreedAt`, lib/fill.ts) until someone has looked for a waiting
 * person to give it to.
 */
async function book(ctx: ActionContext, activityId: string, release: string, counter: SeatCounter): Promise<void> {
  const { _ } = ctx;
  const freed = counter === 'remaining' ? { seatsFreedAt: ctx.now } : {};
  await ctx.db
    .collection('activities')
    .where({ _id: activityId, [`seatReleases.${release}`]: _.exists(false) })
    .update({ data: { [counter]: _.inc(1), seatReleases: { [release]: counter }, ...freed } });
}

/** Takes the release to complete it (none holds it, or a dead call's hold lapsed); false if it is not free. */
async function leaseRelease(ctx: ActionContext, signup: SignupDoc, release: string): Promise<boolean> {
  const { _ } = ctx;
  return (
    (await changed(
      ctx.db
        .collection('activitySignups')
        .where({
          _id: signup._id,
          releasing: release,
          releaseLeaseUntil: _.or(_.exists(false), _.lte(ctx.now)),
        })
        .update({ data: { releaseLeaseUntil: new Date(ctx.now.getTime() + RELEASE_LEASE_MS) } }),
    )) === 1
  );
}

/**
 * Passes on the place `signup`'s release freed, from wherever a killed call left it; 'promoted' when someone
 * on the waiting list got a seat, 'busy' when another call holds the release (it completes it). Safe to run
 * any number of times for one release, also at the same instant. `fresh`: the cancel itself, which holds the
 * release from the write that cancelled.
 */
export async function completeRelease(
  ctx: ActionContext,
  activityId: string,
  signup: SignupDoc,
  fresh = false,
): Promise<'promoted' | 'done' | 'busy'> {
  const release = signup.releasing;
  if (!release) return 'done';
  if (!fresh && !(await leaseRelease(ctx, signup, release))) return 'busy';
  // Read now, after the cancel: whether this release is booked yet must not come from an older read.
  const activity = await ctx.read.byId<ActivityDoc>('activities', activityId);
  if (!activity) return 'done';
  if (!activity.seatReleases?.[release]) {
    // A call of the design before lib/fill.ts, killed after it promoted someone straight into this seat:
    // only that person's waiting place is left to give back.
    const promotedBefore =
      !fresh &&
      signup.releasingFrom === 'signed' &&
      (await ctx.read.one<SignupDoc>('activitySignups', { activityId, promotedFrom: release }));
    const counter = signup.releasingFrom === 'signed' && !promotedBefore ? 'remaining' : 'waitRemaining';
    await book(ctx, activity._id, release, counter);
  }
  const promoted = signup.releasingFrom === 'signed' ? (await fillIfWaiting(ctx, activity._id)).length > 0 : false;
  // The sign-up forgets the release first: a marker left on the activity is harmless, a release forgotten
  // by the activity but not by the sign-up would be booked again.
  const { _ } = ctx;
  await changed(
    ctx.db
      .collection('activitySignups')
      .where({ _id: signup._id, releasing: release })
      .update({ data: { releasing: null, releasingAt: null, releasingFrom: null, releaseLeaseUntil: null } }),
  );
  await ctx.db
    .collection('activities')
    .doc(activity._id)
    .update({ data: { seatReleases: { [release]: _.remove() } } });
  return promoted ? 'promoted' : 'done';
}
