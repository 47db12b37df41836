import { dashboardOverview } from '../../../types/dashboard/overview';
import { defineAction } from '../../_kernel/action';
import { nodeFor } from '../../_domain/jurisdiction';
import { figuresOf, periodOf } from '../lib/figures';

/** The dashboard over a node of the caller's jurisdiction, for a period of months. */
export default defineAction(dashboardOverview, async ({ orgId, from, to }, ctx) => {
  const node = await nodeFor(ctx, orgId, 'dashboard:view');
  return figuresOf(ctx, node, periodOf(ctx.now, from, to));
});
