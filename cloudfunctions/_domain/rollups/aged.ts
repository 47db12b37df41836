import { aged80Cutoff } from '../../../types/common/shanghai-time';
import type { OrgDoc } from '../../../types/org/model';
import type { RollupCounts } from '../../../types/rollups/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import type { ActionContext } from '../../_kernel/action';
import { pathKey } from '../jurisdiction';
import { everyDoc } from './read';

type Ctx = Pick<ActionContext, 'read' | '_' | 'now'>;

export interface Aged {
  /** Living people aged 80 or more today (Shanghai calendar), counted to the day as the file view counts. */
  aged: number;
  /** Of those, the people marked hardship, contribution or decorated (key-group people are counted once). */
  markedAged: number;
}

/** Sum of a by-year counter over the years before `year`. */
function before(byYear: Record<string, number>, year: number): number {
  let n = 0;
  for (const [y, count] of Object.entries(byYear)) if (Number(y) < year) n += count;
  return n;
}

/**
 * Aged 80+ for each of these rollups (the children of `node`, or the grid's own), exact to the day. The
 * rollups count people by birth year; every year before the boundary year (this year minus 80) is wholly
 * 80+ and comes from them. The boundary year is counted from its files: those under `node` born from its
 * 1 January up to today's date 80 years ago (one indexed range read: index *_life on orgPath.<depth>,
 * lifeStatus, birthDate; about half of one year's births, however many years the district holds).
 */
export async function agedOf(
  ctx: Ctx,
  node: Pick<OrgDoc, '_id' | 'path'>,
  rollups: readonly (RollupCounts & { _id: string })[],
): Promise<Map<string, Aged>> {
  const cutoff = aged80Cutoff(ctx.now);
  const boundary = Number(cutoff.slice(0, 4));
  const out = new Map<string, Aged>(
    rollups.map((r) => [r._id, { aged: before(r.born, boundary), markedAged: before(r.markedBorn, boundary) }]),
  );
  const files = await everyDoc<Pick<VeteranDoc, '_id' | 'orgPath' | 'keyGroups'>>(
    ctx,
    'veterans',
    {
      [pathKey(node)]: node._id,
      lifeStatus: 'in_district',
      birthDate: ctx._.gte(`${boundary}-01-01`).and(ctx._.lte(cutoff)),
    },
    { orgPath: true, keyGroups: true },
  );
  const depth = node.path.length;
  for (const f of files) {
    const id = f.orgPath[depth] ?? node._id;
    const at = out.get(id) ?? out.set(id, { aged: 0, markedAged: 0 }).get(id)!;
    at.aged += 1;
    if (f.keyGroups?.hardship || f.keyGroups?.contribution || f.keyGroups?.decorated) at.markedAged += 1;
  }
  return out;
}
