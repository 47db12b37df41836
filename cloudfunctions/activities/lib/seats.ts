import type { SignupDoc } from '../../../types/activities/model';
import type { ActionContext } from '../../_kernel/action';

/** Number of documents a conditional update changed. */
export async function changed(update: unknown): Promise<number> {
  return ((await update) as { stats: { updated: number } }).stats.updated;
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

/**
 * Place on the waiting list (1 = next) of a waitlisted sign-up: those who joined the line before it, or at the
 * same instant with a smaller id, counted in one query.
 */
export async function waitingPosition(ctx: ActionContext, signup: SignupDoc): Promise<number> {
  const { _ } = ctx;
  const ahead = await ctx.read.count(
    'activitySignups',
    _.and([
      { activityId: signup.activityId, status: 'waitlisted', queuedAt: _.lte(signup.queuedAt) },
      _.or([{ queuedAt: _.lt(signup.queuedAt) }, { _id: _.lt(signup._id) }]),
    ]),
  );
  return ahead + 1;
}

/** The first on the waiting list (joined the line earliest, then by id). */
export async function firstWaiting(ctx: ActionContext, activityId: string): Promise<SignupDoc | null> {
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
