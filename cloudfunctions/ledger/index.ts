import { createMain } from '../_kernel/router';
import type { OrgDoc } from '../../types/org/model';
import { continueJobs, startJob, workSlice } from '../_kernel/jobs';
import { purgeExports } from '../_kernel/purge-exports';
import { REBUILD_JOB_ID, rebuildRollupsJob } from '../_domain/rollups/rebuild';
import { LEDGER_JOBS } from './jobs';
import ledgerJob from './actions/ledger-job';
import decideCorrection from './actions/decide-correction';
import duplicateIdNumbers from './actions/duplicate-id-numbers';
import exportLedger from './actions/export-ledger';
import ledgerExport from './actions/ledger-export';
import fileDetail from './actions/file-detail';
import gridRoster from './actions/grid-roster';
import importCommit from './actions/import-commit';
import importDryRun from './actions/import-dry-run';
import issueProxyCode from './actions/issue-proxy-code';
import ledgerSettings from './actions/ledger-settings';
import ledgerStats from './actions/ledger-stats';
import listCorrections from './actions/list-corrections';
import markKeyGroup from './actions/mark-key-group';
import moveFile from './actions/move-file';
import resolveDuplicateIdAction from './actions/resolve-duplicate-id';
import revealField from './actions/reveal-field';
import searchLedger from './actions/search-ledger';
import updateLedgerSettings from './actions/update-ledger-settings';
import uploadImportSheet from './actions/upload-import-sheet';
import verifyFile from './actions/verify-file';

export const actions = [
  gridRoster,
  fileDetail,
  verifyFile,
  markKeyGroup,
  moveFile,
  issueProxyCode,
  listCorrections,
  decideCorrection,
  revealField,
  searchLedger,
  ledgerStats,
  exportLedger,
  importDryRun,
  importCommit,
  ledgerSettings,
  updateLedgerSettings,
  uploadImportSheet,
  duplicateIdNumbers,
  resolveDuplicateIdAction,
  ledgerJob,
  ledgerExport,
];
/**
 * Timers: `rebuildRollups` (nightly) starts the rollups' rebuild job (unless one runs) and works its first
 * slice; `continueJobs` (every minute) carries on whatever job of this function is unfinished;
 * `purgeExports` (hourly) deletes every function's export files a day after they were stored.
 */
export const main = createMain(actions, {
  rebuildRollups: async (ctx) => {
    const district = await ctx.read.one<OrgDoc>('orgs', { kind: 'district' });
    const job = await startJob(ctx, rebuildRollupsJob, {
      id: REBUILD_JOB_ID,
      startedBy: 'timer',
      orgPath: district?.path ?? [],
    });
    return workSlice(ctx, LEDGER_JOBS, job._id, ctx.deadline - Date.now());
  },
  continueJobs: (ctx) => continueJobs(ctx, 'ledger', LEDGER_JOBS),
  purgeExports: (ctx) => purgeExports(ctx),
});
