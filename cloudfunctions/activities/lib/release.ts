import type { ActivityDoc, SeatCounter, SignupDoc } from '../../../types/activities/model';
import type { ActionContext } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';
import { changed, firstWaiting, moveSignup } from './seats';
import { fillIfWaiting } from './fill';

/**
 * A cancellation frees a seat (or a waiting place) in several writes to several documents: the sign-up is
 * cancelled carrying a release id; a signed person's seat goes to the first on the waiting list (marked
 * `promotedFrom` the release) or back to the activity; the counter it frees is booked on the activity under
 * the release id, conditional on that id being absent; then the sign-up forgets its release, and the
 * activity the id. WeChat Cloud may stop the call anywhere between (no transaction over `where().update()`):
 * whatever is left says how far it got, and `completeRelease` (on the person's next sign-up or cancel, and
 * by the timer `settleSignupClaims`) finishes it. No seat is lost, none is given twice. A seat booked back
 * to `remaining` is looked at once more for someone who joined the line meanwhile (lib/fill.ts). (Left open: two
 * completions of one release at the same instant, one finding nobody waiting and the other a person who
 * joined the line in between, would seat that person without a seat; the person's own call and the timer
 * are the only two, and the timer waits a minute.)
 */

/** A release no call has finished for this long is treated as left by a call that died. */
export const STALE_RELEASE_MS = 60_000;

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

/**
 * Passes on the place `signup`'s release freed, from wherever a killed call left it; true when someone on
 * the waiting list got the seat. Safe to run any number of times for one release.
 */
export async function completeRelease(ctx: ActionContext, activityId: string, signup: SignupDoc): Promise<boolean> {
  const release = signup.releasing;
  if (!release) return false;
  // Read now, after the cancel: whether this release is booked yet must not come from an older read.
  const activity = await ctx.read.byId<ActivityDoc>('activities', activityId);
  if (!activity) return false;
  const booked = activity.seatReleases?.[release];
  let promoted = false;
  if (!booked && signup.releasingFrom === 'waitlisted') await book(ctx, activity._id, release, 'waitRemaining');
  else if (!booked) {
    for (let attempt = 0; ; attempt++) {
      // A call killed after promoting someone: that person has the seat; only their waiting place is left.
      const already = await ctx.read.one<SignupDoc>('activitySignups', {
        activityId: activity._id,
        promotedFrom: release,
      });
      const next = already ? null : await firstWaiting(ctx, activity._id);
      if (
        already ||
        (next && (await moveSignup(ctx, next._id, 'waitlisted', { status: 'signed', promotedFrom: release })))
      ) {
        await book(ctx, activity._id, release, 'waitRemaining');
        promoted = true;
        break;
      }
      if (!next || attempt >= 4) {
        await book(ctx, activity._id, release, 'remaining');
        // Someone whose sign-up was on its way may have joined the line since it was read (lib/fill.ts).
        promoted = (await fillIfWaiting(ctx, activity._id)).length > 0;
        break;
      }
    }
  } else promoted = booked === 'waitRemaining' && signup.releasingFrom === 'signed';
  // The sign-up forgets the release first: a marker left on the activity is harmless, a release forgotten
  // by the activity but not by the sign-up would be booked again.
  const { _ } = ctx;
  await changed(
    ctx.db
      .collection('activitySignups')
      .where({ _id: signup._id, releasing: release })
      .update({ data: { releasing: null, releasingAt: null, releasingFrom: null } }),
  );
  await ctx.db
    .collection('activities')
    .doc(activity._id)
    .update({ data: { seatReleases: { [release]: _.remove() } } });
  return promoted;
}
