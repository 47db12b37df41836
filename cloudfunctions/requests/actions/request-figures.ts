import { requestFigures } from '../../../types/requests/inbox';
import { defineAction } from '../../_kernel/action';
import { childrenOf, nodeFor, orgPathKey, pathKey } from '../../_domain/jurisdiction';
import { countsUnder, medianAnswerHours, sumCounts } from '../../_domain/requests/figures';

/**
 * Figures of a node and of each node below it: received, solved, open, median hours to answer and
 * satisfaction. Every number comes from indexed counts (no document is loaded but the median's).
 */
export default defineAction(requestFigures, async ({ orgId }, ctx) => {
  const node = await nodeFor(ctx, orgId, 'request:oversee');
  const places = await childrenOf(ctx, node);
  const childKey = orgPathKey(node.path.length);
  const key = pathKey(node);
  const [rows, median] = await Promise.all([
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
  ]);
  const counts = places.length ? sumCounts(rows) : await countsUnder(ctx, key, node._id);
  return {
    node: { id: node._id, name: node.name, kind: node.kind },
    total: { ...counts, medianAnswerHours: median },
    rows,
  };
});
