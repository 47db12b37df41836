/**
 * Collection `jobs`: one document per long district-wide job (the rollups' rebuild, ...) that cannot finish
 * within one function invocation (60 s at most on WeChat Cloud). Each invocation works a bounded slice and
 * saves where it stopped (`stage`, `cursor`), so any later invocation (the function's minute timer, or the
 * page that started it asking for progress) carries on from there. Everything a job keeps between slices
 * is in this one document: `state` must stay small (a few KB), never a list of files.
 */
export const JOB_STATUSES = ['running', 'done', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export interface JobDoc {
  _id: string;
  /** What the job does (e.g. `rollups`); the function that runs it knows its stages. */
  kind: string;
  /** The function whose timer carries it on. */
  fn: string;
  /** Who started it: a staff id or openid, or `timer`. */
  startedBy: string;
  /** The org node it is about (its path: who may follow its progress). */
  orgPath: string[];
  status: JobStatus;
  /** Index of the stage being worked, in the kind's list of stages. */
  stage: number;
  /** Where the stage stopped (null: at its start). */
  cursor: string | null;
  /** The kind's own partial results between slices (small: one document). */
  state: Record<string, unknown>;
  /**
   * The ids a job works through, fixed when it starts (the grids an import touched: at most the district's
   * grids, 4,750 at ten times the demo, 66 KB). Written once and never by a save, unlike `state`,
   * and emptied when the job is done; empty for a job that walks a collection in id order instead.
   */
  items: string[];
  /** Progress to show: units done of total (a unit is the kind's: grids for the rebuild). */
  done: number;
  total: number;
  /** Slices worked so far. */
  slices: number;
  /** An invocation holds the job until this instant (a killed one lets it go when it passes). */
  leaseUntil: Date | null;
  /** The holder's token: its saves apply only while it still holds the job. */
  leaseToken: string | null;
  /** Slices that failed in a row; the job fails after a few. */
  failures: number;
  /** Why it failed (Chinese, for the page), when `failed`. */
  error: string | null;
  createdAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
}

/** What a page shows of a job. */
export interface JobProgress {
  id: string;
  kind: string;
  status: JobStatus;
  done: number;
  total: number;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}
