import type { OrgDoc } from '../../../types/org/model';
import { requestFigures } from '../../../types/requests/inbox';
import { defineAction } from '../../_kernel/action';
import { orgName, orgsById } from '../../_domain/orgs';
import { staffNode } from '../workflow/jurisdiction';
import { orgPathKey, pathKey } from '../../_domain/jurisdiction';
import { countsUnder, medianAnswerHours, sumCounts } from '../../_domain/requests/figures';

/**
 * Figures of a node and of each node below it: received, solved, open, median hours to answer and
 * satisfaction. Every number comes from indexed counts (no document is loaded but the median's).
 */
export default defineAction(requestFigures, async ({ orgId }, ctx) => {
  const node = await staffNode(ctx, orgId, 'request:oversee');
  await ctx.authorize('request:oversee', { orgPath: node.path });
  const children =
    node.kind === 'grid'
      ? []
      : await ctx.read.many<OrgDoc>('orgs', { parentId: node._id }, { orderBy: [['order', 'asc']], limit: 1000 });
  const places = children.filter((c) => c.kind !== 'unit');
  const childKey = orgPathKey(node.path.length);
  const key = pathKey(node);
  const [rows, median, named] = await Promise.all([
    Promise.all(
      places.map(async (c) => {
        const [counts, m] = await Promise.all([
          countsUnder(ctx, childKey, c._id),
          medianAnswerHours(ctx, childKey, c._id),
        ]);
        return { orgId: c._id, name: c.name, ...counts, medianAnswerHours: m };
      }),
    ),
    medianAnswerHours(ctx, key, node._id),
    node.name ? Promise.resolve(null) : orgsById(ctx.db, ctx.read, [node._id]),
  ]);
  const counts = places.length ? sumCounts(rows) : await countsUnder(ctx, key, node._id);
  const name = node.name ?? orgName(named ?? new Map(), node._id);
  return { node: { id: node._id, name, kind: node.kind }, total: { ...counts, medianAnswerHours: median }, rows };
});
