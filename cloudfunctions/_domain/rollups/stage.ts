import type { ActionContext } from '../../_kernel/action';

export type StageCtx = Pick<ActionContext, 'db' | 'read' | 'now' | '_'>;

/**
 * One stage of the rebuild job: does one page of work from `cursor` (null: from the start) and answers where
 * the next page begins (`next`), or null when the stage is done, and the units of its `unit` it did (the org
 * nodes it paged through: 进度 moves with them). A stage may be cut off after any page and resumed from the
 * cursor it last answered (in another invocation), so each page is complete in itself.
 */
// Worked by the rebuild job in slices (rebuild.ts `pagedStage`, _kernel/jobs.ts).
export interface RebuildStage {
  /** What it pages through, counted in the job's total: org nodes of a kind, or one unit for the whole stage. */
  unit: 'community' | 'street' | 'stage';
  page(ctx: StageCtx, cursor: string | null): Promise<{ next: string | null; units: number }>;
}

/**
 * The next `size` org nodes of `kind` after `cursor`, in id order (the page a stage counted in org nodes
 * works), and the cursor that follows it: the last id, or `last` once the nodes run out.
 */
export async function orgPage(
  ctx: StageCtx,
  kind: 'community' | 'street',
  cursor: string | null,
  size: number,
  last: string,
): Promise<{ ids: string[]; next: string }> {
  const page = await ctx.read.many<{ _id: string }>('orgs', cursor ? { kind, _id: ctx._.gt(cursor) } : { kind }, {
    orderBy: [['_id', 'asc']],
    limit: size,
    fields: { _id: true },
  });
  const ids = page.map((o) => o._id);
  return { ids, next: ids.length < size ? last : ids[ids.length - 1] };
}
