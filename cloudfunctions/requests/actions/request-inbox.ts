import { requestInbox, INBOX_PAGE_SIZE } from '../../../types/requests/inbox';
import type { RequestDoc } from '../../../types/requests/model';
import { defineAction } from '../../_kernel/action';
import { actingStaff } from '../workflow/acting-staff';
import { nodeFor, pathKey } from '../../_domain/jurisdiction';
import { lookupsFor, SUMMARY_FIELDS, toSummary } from '../workflow/views';

/**
 * The staff inbox: requests their node handles now (`queue`) or all placed under it (`area`); open ones
 * urgent first, then by the nearest deadline; finished ones newest first. One page and the total.
 */
export default defineAction(requestInbox, async (input, ctx) => {
  const policy = input.scope === 'queue' ? 'request:handle' : 'request:oversee';
  const node = await nodeFor(ctx, input.orgId, policy);
  const me = await ctx.caller();
  const where: Record<string, unknown> =
    input.scope === 'queue' ? { handlerOrgId: node._id } : { [pathKey(node)]: node._id };
  where.active = input.state === 'open' ? 1 : 0;
  if (input.status) where.status = input.status;
  if (input.category) where.category = input.category;
  if (input.overdue !== undefined) where.overdue = input.overdue ? 1 : 0;
  if (input.legacy !== undefined) where.legacy = input.legacy ? 1 : 0;
  if (input.mine) where.assigneeId = actingStaff(me, node.path).staffId;
  // Only what was there when the paging began: a request submitted since shifts no page (types/requests/inbox.ts).
  const asOf = input.asOf ? new Date(input.asOf) : ctx.now;
  where.createdAt = ctx._.lte(asOf);
  const orderBy: [string, 'asc' | 'desc'][] =
    input.state === 'open'
      ? [
          ['priority', 'desc'],
          ['dueAt', 'asc'],
        ]
      : [['createdAt', 'desc']];
  const [docs, total] = await Promise.all([
    ctx.read.many<RequestDoc>('requests', where, {
      orderBy,
      skip: input.page * INBOX_PAGE_SIZE,
      limit: INBOX_PAGE_SIZE,
      fields: SUMMARY_FIELDS,
    }),
    ctx.read.count('requests', where),
  ]);
  const look = await lookupsFor(ctx, docs);
  return {
    items: docs.map((d) => toSummary(d, look)),
    total,
    page: input.page,
    pageSize: INBOX_PAGE_SIZE,
    asOf: asOf.toISOString(),
  };
});
