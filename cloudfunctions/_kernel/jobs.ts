import type { JobDoc, JobProgress } from '../../types/jobs/model';
import type { ActionContext } from './action';
import { newId } from './ids';

export type JobCtx = Pick<ActionContext, 'db' | 'read' | 'now' | '_' | 'deadline' | 'sdk' | 'pii'>;

/** What a stage may touch of its job between steps: the kind's small state and the progress counter. */
export interface JobRun<S> {
  state: S;
  /** The ids the job works through (`plan`'s items), read only. */
  items: readonly string[];
  /** Adds units done (shown as 进度 done/total). */
  advance(units: number): void;
}

/**
 * One stage of a job: `step` works a bounded piece (a second or two) from `cursor` and answers the next
 * cursor, or null once the stage is done; then `finish` runs once. A step must be safe to do twice: a slice
 * killed after a step's writes and before the cursor was saved does that step again (write values, never
 * increments, or make the increments idempotent).
 */
export interface JobStage<S> {
  name: string;
  step(ctx: JobCtx, cursor: string | null, run: JobRun<S>): Promise<string | null>;
  finish?(ctx: JobCtx, run: JobRun<S>): Promise<void>;
}

export interface JobKind<S extends Record<string, unknown> = Record<string, unknown>> {
  kind: string;
  /** The function whose timer carries it on. */
  fn: string;
  /**
   * Units in all (for 进度) and the state the first stage starts with; `input` is what the starter passed
   * (e.g. an export's query), `id` the job's own id; `items`, the ids it works through when it has a fixed
   * list of them (kept apart from `state`, written once).
   */
  plan(ctx: JobCtx, input: unknown, id: string): Promise<{ total: number; state: S; items?: string[] }>;
  stages: JobStage<S>[];
}

/**
 * A slice stops starting steps this long before its invocation's deadline: a step on a loaded machine took
 * up to 7 s at x10 (bench/support/scale-actions.ts), so a step begun at the margin still ends in time.
 */
const DEADLINE_MARGIN_MS = 20_000;
/**
 * A slice's budget: `VETGRID_JOB_SLICE_MS` caps it where set (tests set 1 ms: one step a slice, so that
 * resuming between slices is exercised on a small district); unset on WeChat Cloud.
 */
function sliceBudget(budgetMs: number): number {
  const cap = Number(process.env.VETGRID_JOB_SLICE_MS);
  return cap > 0 ? Math.min(cap, budgetMs) : budgetMs;
}

/** Slices failing in a row before the job is given up as failed. */
const MAX_FAILURES = 3;

export function jobProgress(job: JobDoc): JobProgress {
  return {
    id: job._id,
    kind: job.kind,
    status: job.status,
    done: job.done,
    total: job.total,
    error: job.error,
    createdAt: new Date(job.createdAt).toISOString(),
    finishedAt: job.finishedAt ? new Date(job.finishedAt).toISOString() : null,
  };
}

/**
 * Starts a job of `kind`, or, when one is already running, answers that one (`restart`: from its first
 * stage again, e.g. the rules it computes with have changed). `id` names a job there is one of at a time
 * (the district's rebuild); without it every start is a new job.
 */
export async function startJob<S extends Record<string, unknown>>(
  ctx: JobCtx,
  kind: JobKind<S>,
  opts: { startedBy: string; orgPath: string[]; id?: string; restart?: boolean; input?: unknown },
): Promise<JobDoc> {
  const id = opts.id ?? newId();
  const existing = opts.id ? await ctx.read.byId<JobDoc>('jobs', id) : null;
  if (existing?.status === 'running' && !opts.restart) return existing;
  const { total, state, items = [] } = await kind.plan(ctx, opts.input, id);
  const doc: Omit<JobDoc, '_id'> = {
    kind: kind.kind,
    fn: kind.fn,
    startedBy: opts.startedBy,
    orgPath: opts.orgPath,
    status: 'running',
    stage: 0,
    cursor: null,
    state,
    items,
    done: 0,
    total,
    slices: 0,
    // A restart keeps the holder's lease: its next save fails (new token) and it stops.
    leaseUntil: existing?.status === 'running' ? existing.leaseUntil : null,
    leaseToken: null,
    failures: 0,
    error: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    finishedAt: null,
  };
  await ctx.db.collection('jobs').doc(id).set({ data: doc });
  return { _id: id, ...doc };
}

/** Takes the job for this invocation unless another one holds it; answers the lease token, or null. */
async function claim(ctx: JobCtx, job: JobDoc): Promise<string | null> {
  const token = newId();
  const leaseMs = Math.max(0, ctx.deadline - Date.now()) + 5_000;
  const free = ctx._.or([{ leaseUntil: null }, { leaseUntil: ctx._.lt(ctx.now) }]);
  const res = (await ctx.db
    .collection('jobs')
    .where(ctx._.and([{ _id: job._id, status: 'running' }, free]))
    .update({ data: { leaseToken: token, leaseUntil: new Date(ctx.now.getTime() + leaseMs) } })) as {
    stats: { updated: number };
  };
  return res.stats.updated === 1 ? token : null;
}

/** Saves what the holder of `token` has done; false once the job is no longer theirs (restarted, taken). */
async function save(ctx: JobCtx, id: string, token: string, data: Record<string, unknown>): Promise<boolean> {
  const res = (await ctx.db
    .collection('jobs')
    .where({ _id: id, leaseToken: token })
    .update({ data: { ...data, updatedAt: ctx.now } })) as { stats: { updated: number } };
  return res.stats.updated === 1;
}

/**
 * Works one slice of the job: claims it (unless another invocation holds it), then runs steps until
 * `budgetMs` has passed or the invocation's deadline nears, saving stage, cursor, state and progress after
 * each step. Answers the job as it stands afterwards. A slice that throws lets the job go and counts a
 * failure; the next slice retries from the last saved cursor.
 */
export async function workSlice(
  ctx: JobCtx,
  kinds: readonly JobKind[],
  jobId: string,
  budgetMs: number,
): Promise<JobDoc | null> {
  const job = await ctx.read.byId<JobDoc>('jobs', jobId);
  if (!job || job.status !== 'running') return job;
  const kind = kinds.find((k) => k.kind === job.kind);
  if (!kind) return job;
  const token = await claim(ctx, job);
  if (!token) return job;
  const stopAt = Math.min(Date.now() + sliceBudget(budgetMs), ctx.deadline - DEADLINE_MARGIN_MS);
  let { stage, cursor, done } = job;
  const run: JobRun<Record<string, unknown>> = {
    state: job.state,
    items: job.items ?? [],
    advance: (n) => void (done += n),
  };
  try {
    // At least one step a slice, however little time is left: a job always moves.
    do {
      const current = kind.stages[stage];
      const next = await current.step(ctx, cursor, run);
      if (next === null) {
        await current.finish?.(ctx, run);
        stage += 1;
        cursor = null;
      } else cursor = next;
      const finished = stage >= kind.stages.length;
      const saved = await save(ctx, job._id, token, {
        stage,
        cursor,
        state: ctx._.set(run.state),
        done: finished ? job.total : done,
        // A finished job's list of ids is no longer needed (an import's: up to 4,750 grid ids).
        ...(finished
          ? { status: 'done', finishedAt: ctx.now, leaseUntil: null, leaseToken: null, items: ctx._.set([]) }
          : {}),
      });
      if (!saved) return ctx.read.byId<JobDoc>('jobs', job._id);
    } while (Date.now() < stopAt && stage < kind.stages.length);
    await save(ctx, job._id, token, { slices: ctx._.inc(1), failures: 0, leaseUntil: null, leaseToken: null });
  } catch (err) {
    console.error(`[jobs] ${job.kind} ${job._id} slice failed`, err);
    const failed = job.failures + 1 >= MAX_FAILURES;
    await save(ctx, job._id, token, {
      failures: ctx._.inc(1),
      slices: ctx._.inc(1),
      leaseUntil: null,
      leaseToken: null,
      ...(failed ? { status: 'failed', error: '任务多次出错，已停止，请稍后重新发起', finishedAt: ctx.now } : {}),
    });
  }
  return ctx.read.byId<JobDoc>('jobs', job._id);
}

/**
 * The function's minute timer: carries on the oldest running jobs of this function that no invocation
 * holds, one slice each until its own deadline nears.
 */
export async function continueJobs(ctx: JobCtx, fn: string, kinds: readonly JobKind[]): Promise<{ worked: string[] }> {
  const running = await ctx.read.many<JobDoc>(
    'jobs',
    { fn, status: 'running' },
    { orderBy: [['createdAt', 'asc']], limit: 10, fields: { state: false, items: false } },
  );
  const worked: string[] = [];
  for (const job of running) {
    if (ctx.deadline - Date.now() <= DEADLINE_MARGIN_MS) break;
    const after = await workSlice(ctx, kinds, job._id, ctx.deadline - Date.now());
    if (after && (after.slices !== job.slices || after.status !== 'running')) worked.push(job._id);
  }
  return { worked };
}
