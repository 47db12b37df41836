import type { AuthzCase } from '../case';
import type { World } from '../world';
import { fileDetail, gridRoster } from '../../../../types/ledger/roster';
import { issueProxyCode, markKeyGroup, moveFile, verifyFile } from '../../../../types/ledger/edits';
import { decideCorrection, listCorrections } from '../../../../types/ledger/corrections';
import { revealField } from '../../../../types/ledger/reveal';
import { ledgerStats, searchLedger } from '../../../../types/ledger/search';
import { exportLedger, importCommit, importDryRun, uploadImportSheet } from '../../../../types/ledger/transfer';
import { ledgerSettings, updateLedgerSettings } from '../../../../types/ledger/settings';
import { DEFAULT_LEDGER_SETTINGS } from '../../../../types/veteran/ledger-rules';
import { DEMO_GRID_ID as GRID_A } from '../../../../seed/district/xiangzhou-demo';
import { uploadSheetForGridA } from './upload-sheet';

/** The start of a zip archive (what an .xlsx is), padded: enough for the upload's own checks. */
const XLSX_B64 = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60)]).toString('base64');

const fileA = async (w: World) => ({ veteranId: (await w.veteranOf('demo-veteran-1'))._id });
/** A file in grid A that no demo person is: moving it disturbs nobody's rows. */
const movable = (w: World) =>
  w.one<{ _id: string }>('veterans', { gridId: GRID_A, openid: null, lifeStatus: 'in_district' })._id;
const otherGridInStreetA = (w: World) => w.one<{ _id: string }>('orgs', { kind: 'grid', parentId: 'c-10-02' })._id;
const move = (w: World) => ({ veteranId: movable(w), toGridId: otherGridInStreetA(w), note: '搬家' });
/** A pending correction in grid A: the tiny seed may hold none, so veteranA asks for one through the real action. */
async function correctionInA(w: World) {
  let [pending] = w.find<{ _id: string }>('corrections', { gridId: GRID_A, status: 'pending' });
  if (!pending) {
    const input = { field: 'hukou', value: '广东省珠海市', reason: '户籍迁入珠海' };
    await w.cloud.invoke('profile', { action: 'requestCorrection', input }, { OPENID: 'demo-veteran-1' });
    pending = w.one<{ _id: string }>('corrections', { gridId: GRID_A, status: 'pending' });
  }
  return { correctionId: pending._id, decision: 'reject', note: '核实后不符' };
}
const reveal = async (w: World) => ({ ...(await fileA(w)), field: 'phone', reason: '电话回访' });
const exportA = { orgId: GRID_A, reason: '季度核对' };

export const cases: AuthzCase[] = [
  { contract: gridRoster, as: 'anonymous', input: { gridId: GRID_A }, expect: 'UNAUTHENTICATED' },
  {
    contract: gridRoster,
    as: 'veteranA',
    input: { gridId: GRID_A },
    expect: 'FORBIDDEN',
    note: 'a veteran sees only their own file',
  },
  { contract: gridRoster, as: 'gridMemberB', input: { gridId: GRID_A }, expect: 'FORBIDDEN' },
  { contract: gridRoster, as: 'streetB', input: { gridId: GRID_A }, expect: 'FORBIDDEN' },
  { contract: gridRoster, as: 'recruitHead', input: { gridId: GRID_A }, expect: 'FORBIDDEN' },
  { contract: gridRoster, as: 'gridMemberA', input: {}, expect: 'ok' },
  { contract: gridRoster, as: 'stationA', input: { gridId: GRID_A }, expect: 'ok' },
  { contract: gridRoster, as: 'district', input: { gridId: GRID_A }, expect: 'ok' },

  {
    contract: fileDetail,
    as: 'veteranA',
    input: fileA,
    expect: 'FORBIDDEN',
    note: 'own file through 我的档案, not the staff page',
  },
  { contract: fileDetail, as: 'veteranB', input: fileA, expect: 'FORBIDDEN' },
  { contract: fileDetail, as: 'gridMemberB', input: fileA, expect: 'FORBIDDEN' },
  { contract: fileDetail, as: 'streetB', input: fileA, expect: 'FORBIDDEN' },
  { contract: fileDetail, as: 'agencyStaff', input: fileA, expect: 'FORBIDDEN' },
  { contract: fileDetail, as: 'gridMemberA', input: fileA, expect: 'ok' },
  { contract: fileDetail, as: 'streetA', input: fileA, expect: 'ok' },

  { contract: verifyFile, as: 'veteranA', input: fileA, expect: 'FORBIDDEN' },
  { contract: verifyFile, as: 'gridMemberB', input: fileA, expect: 'FORBIDDEN' },
  { contract: verifyFile, as: 'streetB', input: fileA, expect: 'FORBIDDEN' },
  { contract: verifyFile, as: 'gridLeaderA', input: fileA, expect: 'ok' },

  {
    contract: markKeyGroup,
    as: 'veteranB',
    input: async (w) => ({ ...(await fileA(w)), group: 'hardship', on: true, reason: '因病致困' }),
    expect: 'FORBIDDEN',
  },
  {
    contract: markKeyGroup,
    as: 'gridMemberB',
    input: async (w) => ({ ...(await fileA(w)), group: 'hardship', on: true, reason: '因病致困' }),
    expect: 'FORBIDDEN',
  },
  {
    contract: markKeyGroup,
    as: 'gridMemberA',
    input: (w) => ({ veteranId: movable(w), group: 'hardship', on: true, reason: '因病致困' }),
    expect: 'ok',
  },

  { contract: moveFile, as: 'veteranA', input: move, expect: 'FORBIDDEN' },
  { contract: moveFile, as: 'gridMemberB', input: move, expect: 'FORBIDDEN' },
  { contract: moveFile, as: 'streetB', input: move, expect: 'FORBIDDEN' },
  { contract: moveFile, as: 'gridMemberA', input: move, expect: 'ok' },

  {
    contract: issueProxyCode,
    as: 'veteranA',
    input: async (w) => ({ ...(await fileA(w)), relation: '儿子' }),
    expect: 'FORBIDDEN',
  },
  {
    contract: issueProxyCode,
    as: 'gridMemberB',
    input: async (w) => ({ ...(await fileA(w)), relation: '儿子' }),
    expect: 'FORBIDDEN',
  },
  {
    contract: issueProxyCode,
    as: 'gridMemberA',
    input: async (w) => ({ ...(await fileA(w)), relation: '儿子' }),
    expect: 'ok',
  },

  { contract: listCorrections, as: 'veteranA', input: { gridId: GRID_A }, expect: 'FORBIDDEN' },
  { contract: listCorrections, as: 'gridMemberB', input: { gridId: GRID_A }, expect: 'FORBIDDEN' },
  { contract: listCorrections, as: 'gridMemberA', input: {}, expect: 'ok' },
  { contract: listCorrections, as: 'streetA', input: { gridId: GRID_A }, expect: 'ok' },

  { contract: decideCorrection, as: 'veteranA', input: correctionInA, expect: 'FORBIDDEN' },
  { contract: decideCorrection, as: 'gridMemberB', input: correctionInA, expect: 'FORBIDDEN' },
  { contract: decideCorrection, as: 'streetB', input: correctionInA, expect: 'FORBIDDEN' },
  { contract: decideCorrection, as: 'gridMemberA', input: correctionInA, expect: 'ok' },

  { contract: revealField, as: 'veteranA', input: reveal, expect: 'FORBIDDEN' },
  { contract: revealField, as: 'gridMemberB', input: reveal, expect: 'FORBIDDEN' },
  { contract: revealField, as: 'streetB', input: reveal, expect: 'FORBIDDEN' },
  { contract: revealField, as: 'gridMemberA', input: reveal, expect: 'ok' },

  { contract: searchLedger, as: 'veteranA', input: {}, expect: 'FORBIDDEN' },
  { contract: searchLedger, as: 'recruitHead', input: {}, expect: 'FORBIDDEN', note: 'a unit holds no ledger' },
  { contract: searchLedger, as: 'streetB', input: { orgId: 's-10' }, expect: 'FORBIDDEN' },
  {
    contract: searchLedger,
    as: 'gridMemberA',
    input: { orgId: 's-10' },
    expect: 'FORBIDDEN',
    note: 'above their grid',
  },
  { contract: searchLedger, as: 'streetA', input: { query: '张' }, expect: 'ok' },
  { contract: searchLedger, as: 'gridMemberA', input: {}, expect: 'ok' },

  { contract: ledgerStats, as: 'newUser', input: {}, expect: 'FORBIDDEN' },
  { contract: ledgerStats, as: 'streetB', input: { orgId: 's-10' }, expect: 'FORBIDDEN' },
  { contract: ledgerStats, as: 'district', input: {}, expect: 'ok' },
  { contract: ledgerStats, as: 'stationA', input: {}, expect: 'ok' },

  { contract: exportLedger, as: 'veteranA', input: exportA, expect: 'FORBIDDEN' },
  { contract: exportLedger, as: 'gridMemberB', input: exportA, expect: 'FORBIDDEN' },
  {
    contract: exportLedger,
    as: 'stationA',
    input: { ...exportA, full: true },
    expect: 'FORBIDDEN',
    note: 'full export: street and district only',
  },
  { contract: exportLedger, as: 'stationA', input: exportA, expect: 'ok', note: 'masked' },
  { contract: exportLedger, as: 'streetA', input: { ...exportA, full: true }, expect: 'ok' },

  { contract: importDryRun, as: 'gridMemberA', input: uploadSheetForGridA('gridMemberA'), expect: 'FORBIDDEN' },
  { contract: importDryRun, as: 'stationA', input: uploadSheetForGridA('stationA'), expect: 'FORBIDDEN' },
  { contract: importDryRun, as: 'streetA', input: uploadSheetForGridA('streetA'), expect: 'ok' },
  { contract: importCommit, as: 'veteranA', input: uploadSheetForGridA('veteranA'), expect: 'FORBIDDEN' },
  { contract: importCommit, as: 'gridLeaderA', input: uploadSheetForGridA('gridLeaderA'), expect: 'FORBIDDEN' },
  { contract: importCommit, as: 'district', input: uploadSheetForGridA('district'), expect: 'ok' },

  { contract: uploadImportSheet, as: 'anonymous', input: { dataBase64: XLSX_B64 }, expect: 'UNAUTHENTICATED' },
  { contract: uploadImportSheet, as: 'veteranA', input: { dataBase64: XLSX_B64 }, expect: 'FORBIDDEN' },
  { contract: uploadImportSheet, as: 'gridMemberA', input: { dataBase64: XLSX_B64 }, expect: 'FORBIDDEN' },
  { contract: uploadImportSheet, as: 'stationA', input: { dataBase64: XLSX_B64 }, expect: 'FORBIDDEN' },
  { contract: uploadImportSheet, as: 'streetA', input: { dataBase64: XLSX_B64 }, expect: 'ok' },
  { contract: uploadImportSheet, as: 'district', input: { dataBase64: XLSX_B64 }, expect: 'ok' },

  { contract: ledgerSettings, as: 'veteranA', input: {}, expect: 'FORBIDDEN' },
  { contract: ledgerSettings, as: 'gridMemberA', input: {}, expect: 'ok' },
  { contract: updateLedgerSettings, as: 'streetA', input: DEFAULT_LEDGER_SETTINGS, expect: 'FORBIDDEN' },
  { contract: updateLedgerSettings, as: 'gridMemberA', input: DEFAULT_LEDGER_SETTINGS, expect: 'FORBIDDEN' },
  { contract: updateLedgerSettings, as: 'district', input: DEFAULT_LEDGER_SETTINGS, expect: 'ok' },
];
