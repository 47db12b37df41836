import { z } from 'zod';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import type { JobProgress } from '../jobs/model';

/**
 * Progress of the ledger's long job (the statistics' recompute after a rules change): the page that started
 * it asks every few seconds, and each ask works one more slice of it if no other invocation is (so the job
 * finishes while the page is open; the function's minute timer finishes it otherwise).
 */
export const ledgerJob = defineContract<JobProgress>()({
  fn: 'ledger',
  action: 'ledgerJob',
  input: z.object({ jobId: docId }).strict(),
  errors: ['NOT_FOUND'],
});

/** The id of the district's one rebuild of its statistics (rollups and filing-rate rows). */
export const ROLLUPS_JOB_ID = 'rollups';
