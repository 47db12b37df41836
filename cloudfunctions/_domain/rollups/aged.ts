import { aged80Cutoff } from '../../../types/common/shanghai-time';
import type { OrgDoc } from '../../../types/org/model';
import type { RollupCounts } from '../../../types/rollups/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import type { ActionContext } from '../../_kernel/action';
import { pathKey } from '../jurisdiction';
import { keepsAgedBefore, PLAIN_COUNTS } from './counts';
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

/** The rollup fields the figures read on `now` (undefined: whole documents). */
export function figureFields(now: Date): Record<string, boolean> | undefined {
  const boundary = Number(aged80Cutoff(now).slice(0, 4));
  if (!keepsAgedBefore(boundary)) return undefined;
  const fields: Record<string, boolean> = { kind: true, [`agedBefore.${boundary}`]: true };
  fields[`markedAgedBefore.${boundary}`] = true;
  for (const k of PLAIN_COUNTS) fields[k] = true;
  return fields;
}

/** People of a rollup born before the boundary year: one cumulative key, or the by-year map summed. */
function bornBefore(r: Partial<RollupCounts>, year: number, marked: boolean): number {
  if (keepsAgedBefore(year)) return (marked ? r.markedAgedBefore : r.agedBefore)?.[year] ?? 0;
  return before((marked ? r.markedBorn : r.born) ?? {}, year);
}

/**
 * Aged 80+ for each of these rollups (the children of `node`, or the grid's own), exact to the day. Everyone
 * born before the boundary year (this year minus 80) is 80+: the rollups count them (one `agedBefore` key,
 * read alone with figureFields, or the by-year maps outside the years kept). The boundary year is counted from its files: those under `node` born from its
 * 1 January up to today's date 80 years ago (one indexed range read: index *_life on orgPath.<depth>,
 * lifeStatus, birthDate; about half of one year's births, however many years the district holds).
 */
export async function agedOf(
  ctx: Ctx,
  node: Pick<OrgDoc, '_id' | 'path'>,
  rollups: readonly (Partial<RollupCounts> & { _id: string })[],
): Promise<Map<string, Aged>> {
  const cutoff = aged80Cutoff(ctx.now);
  const boundary = Number(cutoff.slice(0, 4));
  const out = new Map<string, Aged>(
    rollups.map((r) => [r._id, { aged: bornBefore(r, boundary, false), markedAged: bornBefore(r, boundary, true) }]),
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
