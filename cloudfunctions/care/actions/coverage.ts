import { coverage, type CoverageRow } from '../../../types/care/coverage';
import type { OrgDoc } from '../../../types/org/model';
import { defineAction } from '../../_kernel/action';
import { aggregate } from '../../_kernel/aggregate';
import { childrenOf, nodeFor, orgPathKey, pathKey, placeKey } from '../../_domain/jurisdiction';
import { DAY_MS } from '../../../types/common/shanghai-time';

/** Coverage per child of a node: living veterans and how many were contacted within N days. */
export default defineAction(coverage, async ({ orgId, days }, ctx) => {
  const node = await nodeFor(ctx, orgId, 'care:view');
  const field = pathKey(node);
  const childField = orgPathKey(node.path.length);
  const since = new Date(ctx.now.getTime() - days * DAY_MS);
  const children = await childrenOf(ctx, node);
  const [total, perChild, contacted] = await Promise.all([
    ctx.read.count('veterans', { [field]: node._id, lifeStatus: 'in_district' }),
    Promise.all(children.map((c) => ctx.read.count('veterans', { [childField]: c._id, lifeStatus: 'in_district' }))),
    aggregate<{ _id: string | null; n: number }>(ctx.db, 'visits', [
      // Visits of a grid are found by gridId (the grid_date index), of any other place by its path key.
      { $match: { [placeKey(node.kind)]: node._id, date: ctx._.gte(since) } },
      { $group: { _id: { v: '$veteranId', c: { $arrayElemAt: ['$orgPath', node.path.length] } } } },
      { $group: { _id: '$_id.c', n: { $sum: 1 } } },
    ]),
  ]);
  const contactedBy = new Map(contacted.map((r) => [r._id, r.n]));
  const row = (id: string, name: string, kind: OrgDoc['kind'], veterans: number, n: number): CoverageRow => ({
    id,
    name,
    kind,
    veterans,
    contacted: Math.min(n, veterans),
    rate: veterans ? Math.min(n, veterans) / veterans : 0,
  });
  const allContacted = contacted.reduce((s, r) => s + r.n, 0);
  return {
    node: { id: node._id, name: node.name, kind: node.kind },
    days,
    total: row(node._id, node.name, node.kind, total, allContacted),
    rows: children.map((c, i) => row(c._id, c.name, c.kind, perChild[i], contactedBy.get(c._id) ?? 0)),
  };
});
