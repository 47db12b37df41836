import type { ActivityDoc } from '../../../types/activities/model';
import type { OrgDoc } from '../../../types/org/model';
import { can } from '../../../types/auth/policies';
import { AppError } from '../../../types/common/errors';
import type { ActionContext } from '../../_kernel/action';
import { organiserPlace } from './organiser';
import { mayJoin } from './join';

const NOT_FOUND = () => new AppError('NOT_FOUND', '没有找到该活动', 'activityId');

/** The activity if the caller organises it or may join it; NOT_FOUND otherwise, so a stranger learns nothing. */
export async function visibleActivity(
  ctx: ActionContext,
  id: string,
): Promise<{ activity: ActivityDoc; organising: boolean }> {
  // The caller is loaded alongside (one round trip instead of two on the critical path); a missing activity
  // is still answered first, whoever asks.
  const loading = ctx.caller();
  loading.catch(() => undefined);
  const activity = await ctx.read.byId<ActivityDoc>('activities', id);
  if (!activity) throw NOT_FOUND();
  const caller = await loading;
  const organising = can(caller, 'activity:organise', organiserPlace(activity));
  if (!organising && !(await mayJoin(ctx, caller, activity))) throw NOT_FOUND();
  return { activity, organising };
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
