import type { OrgDoc } from '../../../types/org/model';
import type { RollupDoc } from '../../../types/rollups/model';
import type { ActionContext } from '../../_kernel/action';

type Ctx = Pick<ActionContext, 'read' | '_'>;

/** The rollups of the nodes asked for, by id (a node without one is missing from the map). */
export async function rollupsOf(ctx: Ctx, ids: readonly string[]): Promise<Map<string, RollupDoc>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, RollupDoc>();
  for (let i = 0; i < unique.length; i += 1000) {
    const page = await ctx.read.many<RollupDoc>(
      'rollups',
      { _id: ctx._.in(unique.slice(i, i + 1000)) },
      { limit: 1000 },
    );
    for (const r of page) out.set(r._id, r);
  }
  return out;
}

/** The rollups of a node's child places, in id order (one read per 1,000 children). */
export async function childRollups(ctx: Ctx, node: Pick<OrgDoc, '_id'>): Promise<RollupDoc[]> {
  const out: RollupDoc[] = [];
  for (let last = ''; ; ) {
    const page = await ctx.read.many<RollupDoc>(
      'rollups',
      last ? { parentId: node._id, _id: ctx._.gt(last) } : { parentId: node._id },
      { limit: 1000, orderBy: [['_id', 'asc']] },
    );
    out.push(...page);
    if (page.length < 1000) return out;
    last = page[page.length - 1]._id;
  }
}
