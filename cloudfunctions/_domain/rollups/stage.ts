import type { ActionContext } from '../../_kernel/action';

export type StageCtx = Pick<ActionContext, 'db' | 'read' | 'now' | '_'>;

/**
 * One stage of the rebuild job: does one page of work from `cursor` (null: from the start) and answers where
 * the next page begins, or null when the stage is done. A stage may be cut off after any page and resumed
 * from the cursor it last answered (in another invocation), so each page is complete in itself.
 */
// Worked by the rebuild job in slices (rebuild.ts `pagedStage`, _kernel/jobs.ts).
export type RebuildStage = (ctx: StageCtx, cursor: string | null) => Promise<string | null>;
