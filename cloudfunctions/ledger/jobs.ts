import type { JobKind } from '../_kernel/jobs';
import { rebuildRollupsJob } from '../_domain/rollups/rebuild';
import { ledgerExportJob } from './export/job';
import { importStatsJob } from './import/stats-job';

/** The long jobs the ledger function works in slices (its minute timer carries them on). */
export const LEDGER_JOBS: readonly JobKind[] = [
  rebuildRollupsJob as unknown as JobKind,
  ledgerExportJob as unknown as JobKind,
  importStatsJob,
];
