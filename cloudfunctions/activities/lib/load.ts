import { signupIdPrefix, type ActivityDoc, type SignupDoc } from '../../../types/activities/model';
import type { OrgDoc } from '../../../types/org/model';
import { can } from '../../../types/auth/policies';
import { AppError } from '../../../types/common/errors';
import type { ActionContext } from '../../_kernel/action';
import { organiserPlace } from './organiser';
import { mayJoin } from './join';

const NOT_FOUND = () => new AppError('NOT_FOUND', '没有找到该活动', 'activityId');

/**
 * The activity if the caller organises it or may join it; NOT_FOUND otherwise, so a stranger learns nothing.
 * It is read in the database call that loads the caller: one call where the activity read beside the caller's
 * was two. `withMine`: the caller's own sign-up for it comes in the same call (`mine`, null if none; null too
 * without `withMine`), for a sign-up, cancel or detail, which need it, and not a check-in, whose one update
 * checks it. A missing activity is still answered first, whoever asks.
 */
export async function visibleActivity(
  ctx: ActionContext,
  id: string,
  { withMine = false }: { withMine?: boolean } = {},
): Promise<{ activity: ActivityDoc; organising: boolean; mine: SignupDoc | null }> {
  const own = { mine: { from: 'activitySignups', prefixOfFileId: signupIdPrefix(id) } };
  const { activity, mine = null } = await ctx.readWithCaller<{ activity: ActivityDoc; mine?: SignupDoc }>({
    activity: { from: 'activities', id },
    ...(withMine ? own : {}),
  });
  if (!activity) throw NOT_FOUND();
  const caller = await ctx.caller();
  const organising = can(caller, 'activity:organise', organiserPlace(activity));
  if (!organising && !(await mayJoin(ctx, caller, activity))) throw NOT_FOUND();
  return { activity, organising, mine };
}

/** The activity for its organisers only (NOT_FOUND to everyone else, attendees included). */
export async function organisedActivity(ctx: ActionContext, id: string): Promise<ActivityDoc> {
  const { activity, organising } = await visibleActivity(ctx, id);
  if (!organising) throw NOT_FOUND();
  return activity;
}

/** An org node that may organise or be an audience (a place, not a unit), or NOT_FOUND on `field`. */
export async function placeNode(ctx: ActionContext, id: string, field: string): Promise<OrgDoc> {
  const node = await ctx.read.byId<OrgDoc>('orgs', id);
  if (!node || node.kind === 'unit') throw new AppError('NOT_FOUND', '没有找到该单位', field);
  return node;
}
