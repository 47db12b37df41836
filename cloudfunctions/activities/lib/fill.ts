import type { ActivityDoc, SignupDoc } from '../../../types/activities/model';
import type { ActionContext } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';
import { changed, firstWaiting, moveSignup } from './seats';

/**
 * A free seat while someone waits: the waiting list must move up. A release hands its seat to the first on
 * the waiting list, but a person whose sign-up is still on its way (`claiming`) is not on the list yet: the
 * release books the seat back to `remaining` while that person takes a waiting place. Each side writes, then
 * looks (the sign-up records its waiting place, then forgets its claim only if no seat is free; the release
 * books the seat, then looks for someone waiting), so at least one of them sees the other and fills the seat.
 *
 * A fill takes the free seat with a token (`seatClaims.<f…>`, as a sign-up's claim does), promotes the first
 * waiting (marked `promotedFrom` the token), then gives the activity back the waiting place and forgets the
 * token; nobody waiting, the seat goes back. Whatever frees a seat or begins a fill also sets
 * `seatsFreedAt`: a call killed anywhere in between leaves it, and the timer `settleSignupClaims` finishes
 * what it finds once that is a minute old (`repairFreeSeats`), so a free seat never stays behind a waiting
 * person, and none is lost or given twice.
 */

/** A fill (or a freed seat) no call has looked at for this long was left by a call that died. */
export const STALE_FILL_MS = 60_000;

/** Most seats one call fills (one per cancel is the usual case); the timer does the rest. */
const MAX_FILLS = 5;

const isFillToken = (token: string) => token.startsWith('f');

/** Gives the first on the waiting list the seat `token` holds; their id, or null when nobody could have it. */
async function promoteFirst(
  ctx: ActionContext,
  activityId: string,
  token: string,
  seen: SignupDoc | null,
): Promise<string | null> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const next = attempt === 0 && seen ? seen : await firstWaiting(ctx, activityId);
    if (!next) return null;
    if (await moveSignup(ctx, next._id, 'waitlisted', { status: 'signed', promotedFrom: token })) return next._id;
  }
  return null;
}

/** The fill promoted someone: the waiting place they left comes back and the token goes, once. */
async function finishFill(ctx: ActionContext, activityId: string, token: string): Promise<void> {
  const { _ } = ctx;
  await ctx.db
    .collection('activities')
    .where({ _id: activityId, [`seatClaims.${token}`]: 'remaining' })
    .update({ data: { waitRemaining: _.inc(1), seatClaims: { [token]: _.remove() } } });
}

/** The fill promoted nobody: its seat goes back, once (still marked freed as of `mark`). */
async function undoFill(ctx: ActionContext, activityId: string, token: string, mark: Date): Promise<void> {
  const { _ } = ctx;
  await ctx.db
    .collection('activities')
    .where({ _id: activityId, [`seatClaims.${token}`]: 'remaining' })
    .update({ data: { remaining: _.inc(1), seatClaims: { [token]: _.remove() }, seatsFreedAt: mark } });
}

/**
 * Moves the waiting list up while seats are free: each free seat goes to the first waiting. A seat taken for
 * nobody goes back, and the list is looked at again after that write (someone may have joined it meanwhile).
 * `mark` is what `seatsFreedAt` is set to (the timer keeps its own); `firstSeen`, the first waiting as just
 * read, saves reading it again. Returns the sign-up ids promoted.
 */
export async function fillFreeSeats(
  ctx: ActionContext,
  activityId: string,
  mark = ctx.now,
  firstSeen: SignupDoc | null = null,
): Promise<string[]> {
  const { _ } = ctx;
  const promoted: string[] = [];
  let seen = firstSeen;
  for (let n = 0; n < MAX_FILLS; n++) {
    const token = `f${newId().slice(0, 20)}`;
    const took = await changed(
      ctx.db
        .collection('activities')
        .where({ _id: activityId, remaining: _.gt(0) })
        .update({ data: { remaining: _.inc(-1), seatClaims: { [token]: 'remaining' }, seatsFreedAt: mark } }),
    );
    if (took !== 1) break;
    const id = await promoteFirst(ctx, activityId, token, seen);
    seen = null;
    if (id) {
      await finishFill(ctx, activityId, token);
      promoted.push(id);
      continue;
    }
    await undoFill(ctx, activityId, token, mark);
    seen = await firstWaiting(ctx, activityId);
    if (!seen) break;
  }
  return promoted;
}

/**
 * After a seat went back to `remaining` (that write done): the first waiting gets it, if anyone waits. One
 * read when nobody does. Returns the sign-up ids promoted.
 */
export async function fillIfWaiting(ctx: ActionContext, activityId: string, mark = ctx.now): Promise<string[]> {
  const first = await firstWaiting(ctx, activityId);
  return first ? fillFreeSeats(ctx, activityId, mark, first) : [];
}

/**
 * The timer's part: an activity whose `seatsFreedAt` is stale. Fills left by dead calls are finished (their
 * person was promoted) or undone (nobody was); then free seats go to whoever waits; then the mark is cleared,
 * unless a call set it again meanwhile. Every fill token found is older than the mark (each fill sets it),
 * so no live call still owns one. Returns the seats filled.
 */
export async function repairFreeSeats(ctx: ActionContext, activity: ActivityDoc): Promise<number> {
  const mark = activity.seatsFreedAt as Date;
  for (const [token, counter] of Object.entries(activity.seatClaims ?? {})) {
    if (!isFillToken(token) || counter !== 'remaining') continue;
    const promoted = await ctx.read.one<SignupDoc>('activitySignups', {
      activityId: activity._id,
      promotedFrom: token,
    });
    if (promoted) await finishFill(ctx, activity._id, token);
    else await undoFill(ctx, activity._id, token, mark);
  }
  const filled = activity.status === 'open' ? (await fillIfWaiting(ctx, activity._id, mark)).length : 0;
  await ctx.db
    .collection('activities')
    .where({ _id: activity._id, seatsFreedAt: mark })
    .update({ data: { seatsFreedAt: ctx._.remove() } });
  return filled;
}
