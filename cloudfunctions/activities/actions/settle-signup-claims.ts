import type { ActivityDoc, SignupDoc } from '../../../types/activities/model';
import type { ActionContext } from '../../_kernel/action';
import { settleClaim, STALE_CLAIM_MS } from '../lib/claims';
import { completeRelease, STALE_RELEASE_MS } from '../lib/release';
import { repairFreeSeats, STALE_FILL_MS } from '../lib/fill';

const PAGE = 100;
/** Stop settling this long before the invocation's deadline; the next run picks up the rest. */
const MARGIN_MS = 2000;

/**
 * Timer job (config.json `settleSignupClaims`, every 5 minutes): every sign-up still `claiming` well after its
 * call must have ended (the function's timeout is 10 s, the claim is stale at 60 s) was left by a call that
 * died. Each gets the seat its claim took, or is cancelled when it took none (lib/claims.ts), so seats come
 * back even when the person never taps again. Then every cancellation whose freed place a dead call never
 * passed on gets it passed on. Then every activity where a seat came free a minute ago or more has its free
 * seats go to whoever waits, and fills a dead call left finished or undone (lib/fill.ts).
 */
export async function settleSignupClaims(
  ctx: ActionContext,
): Promise<{ settled: number; released: number; filled: number }> {
  const stale = await ctx.read.many<SignupDoc>(
    'activitySignups',
    { status: 'claiming', updatedAt: ctx._.lt(new Date(ctx.now.getTime() - STALE_CLAIM_MS)) },
    { limit: PAGE, orderBy: [['updatedAt', 'asc']] },
  );
  let settled = 0;
  for (const signup of stale) {
    if (Date.now() > ctx.deadline - MARGIN_MS) break;
    if ((await settleClaim(ctx, signup)).status !== 'claiming') settled += 1;
  }
  // Cancellations whose place a dead call never passed on (lib/release.ts).
  const releases = await ctx.read.many<SignupDoc>(
    'activitySignups',
    { releasingAt: ctx._.lt(new Date(ctx.now.getTime() - STALE_RELEASE_MS)) },
    { limit: PAGE, orderBy: [['releasingAt', 'asc']] },
  );
  let released = 0;
  for (const signup of releases) {
    if (Date.now() > ctx.deadline - MARGIN_MS) break;
    if ((await completeRelease(ctx, signup.activityId, signup)) !== 'busy') released += 1;
  }
  // Seats that came free while someone may wait, and fills a dead call left (lib/fill.ts).
  const freed = await ctx.read.many<ActivityDoc>(
    'activities',
    { seatsFreedAt: ctx._.lt(new Date(ctx.now.getTime() - STALE_FILL_MS)) },
    { limit: PAGE, orderBy: [['seatsFreedAt', 'asc']] },
  );
  let filled = 0;
  for (const activity of freed) {
    if (Date.now() > ctx.deadline - MARGIN_MS) break;
    filled += await repairFreeSeats(ctx, activity);
  }
  return { settled, released, filled };
}
