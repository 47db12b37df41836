import { z } from 'zod';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import type { JobProgress } from '../jobs/model';

/**
 * Progress of one of the ledger's long jobs: the statistics' recompute after a rules change (for whoever
 * may change the rules), or the recompute of the grids an import touched (for the one who imported). The
 * page following it asks every few seconds, and each ask works one more slice of it if no other invocation
 * is (so the job finishes while the page is open; the function's minute timer finishes it otherwise).
 */
export const ledgerJob = defineContract<JobProgress>()({
  fn: 'ledger',
  action: 'ledgerJob',
  input: z.object({ jobId: docId }).strict(),
  errors: ['NOT_FOUND'],
});

/** The id of the district's one rebuild of its statistics (rollups and filing-rate rows). */
export const ROLLUPS_JOB_ID = 'rollups';

/** The kind of job that recomputes the figures of the grids an import touched (`jobs.kind`). */
export const IMPORT_STATS_JOB = 'importStats';
