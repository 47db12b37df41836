import ExcelJS from 'exceljs';
import { validId } from '../../support/fixtures';
import { incomingFolder } from '../../../cloudfunctions/_kernel/uploads';
import { createPii, DEV_PII_KEY } from '../../../cloudfunctions/_kernel/pii';
import { localSdk } from '../../../scripts/seed-local';
import { decideCorrection, listCorrections } from '../../../types/ledger/corrections';
import { issueProxyCode, markKeyGroup, moveFile, verifyFile } from '../../../types/ledger/edits';
import { duplicateIdNumbers, resolveDuplicateId } from '../../../types/ledger/duplicates';
import { revealField } from '../../../types/ledger/reveal';
import { fileDetail, gridRoster } from '../../../types/ledger/roster';
import { ledgerStats, searchLedger } from '../../../types/ledger/search';
import { ledgerSettings, updateLedgerSettings } from '../../../types/ledger/settings';
import { IMPORT_STATS_JOB, ledgerJob } from '../../../types/ledger/jobs';
import { LEDGER_EXPORT_JOB, ledgerExport } from '../../../types/ledger/export';
import { exportLedger, importCommit, importDryRun, uploadImportSheet } from '../../../types/ledger/transfer';
import { DEFAULT_LEDGER_SETTINGS } from '../../../types/veteran/ledger-rules';
import { COMMUNITY, DISTRICT, GRID, gridPath, type Side } from '../personas';
import type { World } from '../world';
import { AREA_STAFF, PLACE_STAFF, RECRUITMENT_OFFICE } from './shared';
import { table } from './table';

/**
 * ledger (台账): the grid team "keeps the files of their grid current (verify changes, periodic checks);
 * registers veterans who cannot themselves"; station / street / district staff "see their area's
 * ledger and statistics ... import and export the ledger". Staff above a grid may do what its team
 * does. ID numbers and phones are shown masked; a reveal (logged) is for staff over the file.
 */
const fileOf = (w: World, side: Side) => ({ veteranId: w.veteran(side)._id });
/** Numbers handed out to the cells that correct a file's ID number (each cell a new one). */
let correctedNumbers = 0;
const keepers = PLACE_STAFF;
const allStaff = [...PLACE_STAFF, ...RECRUITMENT_OFFICE, 'agencyStaff'] as const;
const overTheFile = { inScope: keepers, outOfScope: ['district'] } as const;

function pendingCorrection(w: World, side: Side): string {
  const file = w.veteran(side);
  const now = new Date();
  return w.put('corrections', {
    _id: w.freshId('corr'),
    veteranId: file._id,
    veteranName: file.name,
    gridId: GRID[side],
    orgPath: gridPath(side),
    field: 'hukou',
    valueText: '广东省珠海市',
    valueEnc: null,
    valueShown: '广东省珠海市',
    before: '',
    reason: '户籍迁入珠海',
    photoFileId: null,
    status: 'pending',
    requestedBy: { kind: 'veteran', id: file._id, name: file.name },
    createdAt: now,
    decidedBy: null,
    decidedAt: null,
    note: '',
  });
}

const PLACE_NAMES: Record<Side, string[]> = {
  A: ['南屏镇', '永济社区', '第三网格'],
  B: ['香湾街道', '朝阳社区', '第一网格'],
};
/**
 * A one-row ledger sheet for the side's grid (a person nobody has filed), uploaded where the caller's
 * mini-program would (their incoming folder: only the uploader may import it); its fileID.
 */
async function sheetFor(w: World, side: Side, caller: string | null): Promise<{ fileID: string }> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(['所属镇街', '所属社区', '所属网格', '姓名', '身份证号', '手机号']);
  sheet.addRow([...PLACE_NAMES[side], '马德胜', '440402196203150011', '13622223333']);
  const fileContent = Buffer.from(await workbook.xlsx.writeBuffer());
  w.wrote = true;
  const res = (await localSdk(w.cloud).uploadFile({
    cloudPath: `${incomingFolder(createPii(DEV_PII_KEY), caller ?? 'nobody')}authz${side}${Date.now()}.xlsx`,
    fileContent,
  })) as {
    fileID: string;
  };
  return { fileID: res.fileID };
}
const XLSX_B64 = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60)]).toString('base64');

export const tables = [
  table({ contract: gridRoster, target: (_w, side) => ({ gridId: GRID[side] }), allowed: overTheFile }),
  table({ contract: fileDetail, target: fileOf, allowed: overTheFile }),
  table({
    contract: verifyFile,
    target: (w, side) => ({ ...fileOf(w, side), changes: {}, note: '定期核实' }),
    allowed: overTheFile,
  }),
  table({
    contract: markKeyGroup,
    target: (w, side) => ({ ...fileOf(w, side), group: 'hardship' as const, on: true, reason: '因病致困' }),
    allowed: overTheFile,
  }),
  table({
    contract: moveFile,
    target: (w, side) => ({
      ...fileOf(w, side),
      toGridId: w.one<{ _id: string }>('orgs', { kind: 'grid', parentId: COMMUNITY[side], _id: { $ne: GRID[side] } })
        ._id,
      note: '搬家',
    }),
    allowed: overTheFile,
    unplaced: 'the move itself: it names the grid the file went to, which the caller chose',
  }),
  table({
    contract: issueProxyCode,
    target: (w, side) => ({ ...fileOf(w, side), relation: '儿子' }),
    allowed: overTheFile,
    unplaced: 'a one-time code',
  }),
  table({ contract: listCorrections, target: (_w, side) => ({ gridId: GRID[side] }), allowed: overTheFile }),
  table({
    contract: decideCorrection,
    target: (w, side) => ({
      correctionId: pendingCorrection(w, side),
      decision: 'reject' as const,
      note: '核实后不符',
    }),
    allowed: overTheFile,
  }),
  table({
    contract: revealField,
    target: (w, side) => ({ ...fileOf(w, side), field: 'phone' as const, reason: '电话回访' }),
    allowed: overTheFile,
    unmasked: { phone: keepers, idNumber: keepers },
    unplaced: 'one field of one file',
  }),
  table({ contract: searchLedger, target: (_w, side) => ({ orgId: GRID[side] }), allowed: overTheFile }),
  table({ contract: ledgerStats, target: (_w, side) => ({ orgId: GRID[side] }), allowed: overTheFile }),
  table({
    contract: exportLedger,
    target: (_w, side) => ({ orgId: GRID[side], reason: '季度核对' }),
    allowed: { inScope: AREA_STAFF, outOfScope: ['district'] },
    unplaced: 'a link to the exported file',
  }),
  table({
    contract: ledgerExport,
    // The caller's own export of a grid (done; its parts' links are asked afresh): followed by its starter
    // while they may still export there.
    target: (w, side, caller) => ({ jobId: exportJob(w, side, caller ?? 'nobody') }),
    allowed: { inScope: AREA_STAFF, outOfScope: ['district'] },
    unplaced: "the caller's own export's progress and links",
  }),
  table({
    contract: ledgerExport,
    variant: "another staff member's export",
    // Nobody but its starter: not even the district, who may export the same grid.
    target: (w, side) => ({ jobId: exportJob(w, side, 'authz-another-staff-member') }),
    allowed: { inScope: [], outOfScope: [] },
  }),
  table({
    contract: uploadImportSheet,
    target: () => ({ dataBase64: XLSX_B64 }),
    allowed: { inScope: AREA_STAFF, outOfScope: AREA_STAFF },
    unplaced: 'a file id',
  }),
  table({
    contract: importDryRun,
    target: sheetFor,
    // A sheet of another street is answered with each of its rows refused (不在您的辖区), nothing imported.
    allowed: { inScope: AREA_STAFF, outOfScope: AREA_STAFF },
  }),
  table({
    contract: importCommit,
    target: sheetFor,
    // A sheet of another street is answered with each of its rows refused (不在您的辖区), nothing imported.
    allowed: { inScope: AREA_STAFF, outOfScope: AREA_STAFF },
  }),
  table({
    contract: ledgerSettings,
    target: () => ({}),
    // The district's rules (required sections, verification schedule): not secret, for any staff member.
    allowed: { inScope: allStaff, outOfScope: allStaff },
    unplaced: "the district's rules",
  }),
  table({
    contract: updateLedgerSettings,
    target: () => ({ ...DEFAULT_LEDGER_SETTINGS }),
    allowed: { inScope: ['district'], outOfScope: ['district'] },
    unplaced: "the district's rules",
  }),
  table({
    contract: ledgerJob,
    // The recompute of the district's statistics after its rules change: followed by whoever may change them.
    target: (w) => ({
      jobId: finishedJob(w, {
        kind: 'rollups',
        startedBy: 'st-district-admin',
        orgPath: [DISTRICT],
        stage: 2,
        state: { repaired: 0 },
        done: 1,
        total: 1,
      }),
    }),
    allowed: { inScope: ['district'], outOfScope: ['district'] },
    unplaced: "a district-wide job's progress",
  }),
  table({
    contract: ledgerJob,
    variant: "the caller's own import's recompute",
    // The figures of the grids the caller's import touched: followed by whoever imported, while they may
    // still import there.
    target: (w, side, caller) => ({ jobId: importStatsJob(w, side, caller ?? 'nobody') }),
    allowed: { inScope: AREA_STAFF, outOfScope: ['district'] },
    unplaced: "the caller's own import's progress",
  }),
  table({
    contract: ledgerJob,
    variant: "another staff member's import's recompute",
    // Nobody but who imported: not even the district, who may import there too.
    target: (w, side) => ({ jobId: importStatsJob(w, side, 'authz-another-staff-member') }),
    allowed: { inScope: [], outOfScope: [] },
  }),
  table({
    contract: duplicateIdNumbers,
    target: () => ({}),
    // Issue 13 item 4: "existing duplicates found and listed for the district": its admin resolves them.
    allowed: { inScope: ['district'], outOfScope: ['district'] },
    unplaced: "the district's files sharing an ID number",
  }),
  table({
    contract: resolveDuplicateId,
    // The same admins resolve them: here a file's number corrected (two files cannot share a number in
    // this store, whose id_hash index is unique; merging is covered in tests/integration/ledger).
    target: (w, side) => {
      const file = w.neighbour(side);
      correctedNumbers += 1;
      return {
        way: 'correct' as const,
        veteranId: file._id,
        version: file.version,
        idNumber: validId('1966-06-06', 600 + correctedNumbers),
        note: '录入时抄错了号码',
      };
    },
    allowed: { inScope: ['district'], outOfScope: ['district'] },
  }),
];

/** A finished recompute of `side`'s grid after an import by `startedBy` (an openid), as importCommit leaves one. */
function importStatsJob(w: World, side: Side, startedBy: string): string {
  return finishedJob(w, {
    kind: IMPORT_STATS_JOB,
    startedBy,
    orgPath: gridPath(side),
    stage: 1,
    state: {},
    items: [GRID[side]],
    done: 1,
    total: 1,
  });
}

/** A finished masked export of `side`'s grid started by `startedBy` (an openid), as exportLedger leaves one. */
function exportJob(w: World, side: Side, startedBy: string): string {
  return finishedJob(w, {
    kind: LEDGER_EXPORT_JOB,
    startedBy,
    orgPath: gridPath(side),
    stage: 1,
    state: {
      jobId: 'job',
      orgId: GRID[side],
      orgName: '第三网格',
      orgPath: gridPath(side),
      scope: { gridId: GRID[side] },
      full: false,
      query: '',
      idHash: null,
      filter: 'all',
      reason: '季度核对',
      actor: { openid: startedBy, staffId: null, name: '', role: '' },
      at: new Date().toISOString(),
      parts: [],
    },
    done: 0,
    total: 0,
  });
}

/**
 * A finished ledger job as the job kernel leaves one (`cloudfunctions/_kernel/jobs.ts`): the lifecycle fields
 * every job has once done, and what differs by kind.
 */
function finishedJob(
  w: World,
  job: {
    kind: string;
    startedBy: string;
    orgPath: string[];
    stage: number;
    state: object;
    done: number;
    total: number;
    items?: string[];
  },
): string {
  const at = new Date();
  return w.put('jobs', {
    _id: w.freshId('job'),
    fn: 'ledger',
    status: 'done',
    cursor: null,
    slices: 1,
    leaseUntil: null,
    leaseToken: null,
    failures: 0,
    error: null,
    createdAt: at,
    updatedAt: at,
    finishedAt: at,
    ...job,
  });
}
