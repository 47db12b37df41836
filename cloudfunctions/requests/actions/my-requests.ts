import { myRequests } from '../../../types/requests/follow';
import type { RequestDoc } from '../../../types/requests/model';
import { defineAction } from '../../_kernel/action';
import { lookupsFor, SUMMARY_FIELDS, toSummary } from '../workflow/views';

/** The caller's own requests (as a veteran), newest first. */
export default defineAction(myRequests, async ({ state }, ctx) => {
  const me = await ctx.caller();
  if (!me.veteran) return { items: [] };
  const where = { veteranId: me.veteran._id, active: state === 'open' ? 1 : 0 };
  const docs = await ctx.read.many<RequestDoc>('requests', where, {
    orderBy: [['createdAt', 'desc']],
    limit: 100,
    fields: SUMMARY_FIELDS,
  });
  const look = await lookupsFor(ctx, docs);
  return { items: docs.map((d) => toSummary(d, look)) };
});
