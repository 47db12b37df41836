import { useEffect, useRef } from 'react';
import type { JobProgress } from '@types-contract/jobs/model';
import { ledgerJob } from '@types-contract/ledger/jobs';
import { type QueryState, useQuery } from '../../lib/cloud';

/** How often a page asks while a job runs (each ask also works the job a little further). */
const POLL_MS = 2000;

/**
 * Follows one of the ledger's jobs (ledgerJob) while `enabled`: asks again every two seconds while it runs,
 * and calls `onDone` once when a job seen running has finished (the page reads its figures again).
 * `running`: the caller already knows it runs (an import's commit answered it so).
 */
export function useLedgerJob(
  jobId: string,
  opts: { enabled: boolean; running?: boolean; onDone: () => void },
): QueryState<JobProgress> {
  const job = useQuery(ledgerJob, { jobId }, { enabled: opts.enabled && !!jobId });
  const status = job.data?.status;
  const wasRunning = useRef(opts.running ?? false);
  // The latest callback, so a page that passes a new function each render does not restart the wait.
  const onDone = useRef(opts.onDone);
  onDone.current = opts.onDone;
  useEffect(() => {
    if (status === 'running') {
      wasRunning.current = true;
      if (job.loading) return;
      const t = setTimeout(job.retry, POLL_MS);
      return () => clearTimeout(t);
    }
    if (status === 'done' && wasRunning.current) {
      wasRunning.current = false;
      onDone.current();
    }
  }, [status, job.loading, job.retry]);
  return job;
}
