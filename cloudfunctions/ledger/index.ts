import { createMain } from '../_kernel/router';
import { rebuildRollups } from '../_domain/rollups/rebuild';
import decideCorrection from './actions/decide-correction';
import exportLedger from './actions/export-ledger';
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
];
// The rebuild job (a timer, nightly): repairs the rollups from a raw scan of the files.
export const main = createMain(actions, { rebuildRollups: (ctx) => rebuildRollups(ctx) });
