import type { SignupDoc } from '../../../types/activities/model';
import type { ActionContext } from '../../_kernel/action';
import { settleClaim, STALE_CLAIM_MS } from '../lib/claims';
import { completeRelease, STALE_RELEASE_MS } from '../lib/release';

const PAGE = 100;
/** Stop settling this long before the invocation's deadline; the next run picks up the rest. */
const MARGIN_MS = 2000;

/**
 * Timer job (config.json `settleSignupClaims`, every 5 minutes): every sign-up still `claiming` well after its
 * call must have ended (the function's timeout is 10 s, the claim is stale at 60 s) was left by a call that
 * died. Each gets the seat its claim took, or is cancelled when it took none (lib/claims.ts), so seats come
 * back even when the person never taps again. Then every cancellation whose freed place a dead call never
 * passed on gets it passed on.
 */
export async function settleSignupClaims(ctx: ActionContext): Promise<{ settled: number; released: number }> {
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
    await completeRelease(ctx, signup.activityId, signup);
    released += 1;
  }
  return { settled, released };
}
