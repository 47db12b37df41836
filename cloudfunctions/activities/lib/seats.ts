import type { ActivityDoc, SeatCounter, SignupDoc } from '../../../types/activities/model';
import type { ActionContext } from '../../_kernel/action';

/** Number of documents a conditional update changed. */
export async function changed(update: unknown): Promise<number> {
  return ((await update) as { stats: { updated: number } }).stats.updated;
}

/** Gives one seat (or waiting-list place) back. */
export async function giveBack(ctx: ActionContext, activityId: string, counter: SeatCounter): Promise<void> {
  await ctx.db
    .collection('activities')
    .doc(activityId)
    .update({ data: { [counter]: ctx._.inc(1) } });
}

/**
 * Moves a sign-up from one status to another only if it is still in `from` (and, given a claim token, still
 * holds that claim); true when this call moved it.
 */
export async function moveSignup(
  ctx: ActionContext,
  id: string,
  from: SignupDoc['status'],
  set: Partial<SignupDoc>,
  claimToken?: string,
): Promise<boolean> {
  return (
    (await changed(
      ctx.db
        .collection('activitySignups')
        .where({ _id: id, status: from, ...(claimToken ? { claimToken } : {}) })
        .update({ data: { ...set, updatedAt: ctx.now } }),
    )) === 1
  );
}

/** The first on the waiting list (joined the line earliest, then by id). */
async function firstWaiting(ctx: ActionContext, activityId: string): Promise<SignupDoc | null> {
  const [first] = await ctx.read.many<SignupDoc>(
    'activitySignups',
    { activityId, status: 'waitlisted' },
    {
      limit: 1,
      orderBy: [
        ['queuedAt', 'asc'],
        ['_id', 'asc'],
      ],
    },
  );
  return first ?? null;
}

/**
 * A seat was freed: it goes to the first on the waiting list (whose waiting-list place is then free), or back
 * to the activity when nobody waits. Retries when someone else moved the first in line meanwhile.
 */
export async function passSeatOn(ctx: ActionContext, activity: ActivityDoc): Promise<boolean> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const next = await firstWaiting(ctx, activity._id);
    if (!next) {
      await giveBack(ctx, activity._id, 'remaining');
      return false;
    }
    if (await moveSignup(ctx, next._id, 'waitlisted', { status: 'signed' })) {
      await giveBack(ctx, activity._id, 'waitRemaining');
      return true;
    }
  }
  await giveBack(ctx, activity._id, 'remaining');
  return false;
}

/** Place on the waiting list (1 = next) of a waitlisted sign-up. */
export async function waitingPosition(ctx: ActionContext, signup: SignupDoc): Promise<number> {
  const { _ } = ctx;
  const [ahead, sameInstant] = await Promise.all([
    ctx.read.count('activitySignups', {
      activityId: signup.activityId,
      status: 'waitlisted',
      queuedAt: _.lt(signup.queuedAt),
    }),
    ctx.read.count('activitySignups', {
      activityId: signup.activityId,
      status: 'waitlisted',
      queuedAt: signup.queuedAt,
      _id: _.lt(signup._id),
    }),
  ]);
  return ahead + sameInstant + 1;
}
