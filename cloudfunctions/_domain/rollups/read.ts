import type { OrgDoc } from '../../../types/org/model';
import type { RollupDoc } from '../../../types/rollups/model';
import type { ActionContext } from '../../_kernel/action';

type Ctx = Pick<ActionContext, 'read' | '_'>;

/** Every document of a collection matching `where`, read in id order 1,000 at a time. */
export async function everyDoc<T extends { _id: string }>(
  ctx: Ctx,
  collection: string,
  where: object,
  fields?: Record<string, boolean>,
): Promise<T[]> {
  const out: T[] = [];
  for (let last = ''; ; ) {
    const page = await ctx.read.many<T>(collection, last ? { ...where, _id: ctx._.gt(last) } : where, {
      orderBy: [['_id', 'asc']],
      limit: 1000,
      fields,
    });
    out.push(...page);
    if (page.length < 1000) return out;
    last = page[page.length - 1]._id;
  }
}

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

/**
 * The rollups of a node's child places, in id order (one read per 1,000 children); only `fields` when given
 * (rollups/aged.ts figureFields: the counters a figure sums, without the by-year maps).
 */
export function childRollups(
  ctx: Ctx,
  node: Pick<OrgDoc, '_id'>,
  fields?: Record<string, boolean>,
): Promise<RollupDoc[]> {
  return everyDoc<RollupDoc>(ctx, 'rollups', { parentId: node._id }, fields);
}
