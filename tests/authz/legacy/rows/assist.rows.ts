import type { AuthzCase } from '../case';
import type { World } from '../world';
import {
  applicationEvidence,
  applyAssistance,
  approveApplication,
  disburseApplication,
  listApplications,
  listFunds,
  myApplications,
  reviewApplication,
  uploadEvidence,
} from '../../../../types/assist/applications';
import { createFund, listFundMovements, topUpFund } from '../../../../types/assist/funds';
import { getAssistSettings, updateAssistSettings } from '../../../../types/assist/settings';
import type { AssistanceDoc, AssistStatus } from '../../../../types/assist/model';
import { RELIEF_FUND_ID } from '../../../../seed/build-assistance';

const situation = '家中遭遇火灾，房屋受损严重，急需生活救助';
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const LIMITS = { streetLimitFen: 300_000, subsidyMaxFen: 2_000_000, reliefMaxFen: 10_000_000 };
const TOP_UP = { fundId: RELIEF_FUND_ID, amountFen: 100_000, note: '矩阵测试拨付' };
let planted = 0;

/** Plants an application of a grid-A veteran in `status` straight into the store; returns its id. */
function plant(
  w: World,
  status: AssistStatus,
  kind: 'subsidy' | 'relief' = 'subsidy',
  askedFen = 200_000,
): { id: string } {
  const v = w.one<{ _id: string; name: string; orgPath: string[]; gridId: string }>('veterans', {
    gridId: 'g-10-01-3',
    lifeStatus: 'in_district',
  });
  const id = `authz-assist-${++planted}`;
  const doc: AssistanceDoc = {
    _id: id,
    kind,
    veteranId: v._id,
    veteranName: v.name,
    orgPath: v.orgPath,
    gridId: v.gridId,
    situation,
    askedFen,
    evidence: [],
    appliedByOpenid: 'someone-else',
    appliedByStaffId: null,
    status,
    approverLevel: 'street',
    approvedFen: status === 'approved' ? askedFen : null,
    fundId: null,
    disbursedFen: null,
    disbursedAt: null,
    disburseMethod: null,
    disbursedMonth: null,
    steps: [],
    createdAt: new Date(),
    updatedAt: new Date(),
  };
  w.cloud.db.importDocuments('assistance', [doc as never]);
  return { id };
}
const veteranInA = (w: World, skip: number) =>
  w.find<{ _id: string }>('veterans', { gridId: 'g-10-01-3', lifeStatus: 'in_district', openid: null }, 5)[skip]?._id;

export const cases: AuthzCase[] = [
  { contract: applyAssistance, as: 'anonymous', input: { situation, askedFen: 100_000 }, expect: 'UNAUTHENTICATED' },
  {
    contract: applyAssistance,
    as: 'newUser',
    input: { situation, askedFen: 100_000 },
    expect: 'FORBIDDEN',
    note: 'no file of their own',
  },
  {
    contract: applyAssistance,
    as: 'veteranB',
    input: (w) => ({ veteranId: veteranInA(w, 0), situation, askedFen: 100_000 }),
    expect: 'FORBIDDEN',
    note: 'for another veteran',
  },
  {
    contract: applyAssistance,
    as: 'gridMemberB',
    input: (w) => ({ veteranId: veteranInA(w, 0), situation, askedFen: 100_000 }),
    expect: 'FORBIDDEN',
  },
  {
    contract: applyAssistance,
    as: 'veteranA',
    input: { situation, askedFen: 100_000 },
    expect: 'ok',
    note: 'own application',
  },
  {
    contract: applyAssistance,
    as: 'gridMemberA',
    input: (w) => ({ veteranId: veteranInA(w, 0), situation, askedFen: 100_000 }),
    expect: 'ok',
    note: 'on behalf of a veteran of the grid',
  },

  { contract: myApplications, as: 'anonymous', input: {}, expect: 'UNAUTHENTICATED' },
  { contract: myApplications, as: 'veteranA', input: {}, expect: 'ok' },

  { contract: listApplications, as: 'gridMemberA', input: { orgId: 'c-10-01' }, expect: 'FORBIDDEN' },
  { contract: listApplications, as: 'streetB', input: { orgId: 's-10' }, expect: 'FORBIDDEN' },
  { contract: listApplications, as: 'stationA', input: {}, expect: 'ok' },

  {
    contract: reviewApplication,
    as: 'gridLeaderA',
    input: (w) => ({ ...plant(w, 'submitted'), pass: true }),
    expect: 'FORBIDDEN',
  },
  {
    contract: reviewApplication,
    as: 'streetB',
    input: (w) => ({ ...plant(w, 'submitted'), pass: true }),
    expect: 'FORBIDDEN',
  },
  {
    contract: reviewApplication,
    as: 'veteranA',
    input: (w) => ({ ...plant(w, 'submitted'), pass: true }),
    expect: 'FORBIDDEN',
  },
  {
    contract: reviewApplication,
    as: 'stationA',
    input: (w) => ({ ...plant(w, 'submitted'), pass: true }),
    expect: 'ok',
  },

  {
    contract: approveApplication,
    as: 'stationA',
    input: (w) => ({ ...plant(w, 'reviewed'), approve: true }),
    expect: 'FORBIDDEN',
  },
  {
    contract: approveApplication,
    as: 'streetB',
    input: (w) => ({ ...plant(w, 'reviewed'), approve: true }),
    expect: 'FORBIDDEN',
  },
  {
    contract: approveApplication,
    as: 'streetA',
    input: (w) => ({ ...plant(w, 'reviewed', 'relief'), approve: true }),
    expect: 'FORBIDDEN',
    note: "relief is the district's",
  },
  {
    contract: approveApplication,
    as: 'streetA',
    input: (w) => ({ ...plant(w, 'reviewed'), approve: true }),
    expect: 'ok',
  },
  {
    contract: approveApplication,
    as: 'district',
    input: (w) => ({ ...plant(w, 'reviewed', 'subsidy', 800_000), approve: true }),
    expect: 'ok',
  },

  {
    contract: disburseApplication,
    as: 'stationA',
    input: (w) => ({ ...plant(w, 'approved'), amountFen: 200_000, method: '银行转账' }),
    expect: 'FORBIDDEN',
  },
  {
    contract: disburseApplication,
    as: 'streetB',
    input: (w) => ({ ...plant(w, 'approved'), amountFen: 200_000, method: '银行转账' }),
    expect: 'FORBIDDEN',
  },
  {
    contract: disburseApplication,
    as: 'streetA',
    input: (w) => ({ ...plant(w, 'approved'), amountFen: 200_000, method: '银行转账' }),
    expect: 'ok',
  },

  { contract: listFunds, as: 'stationA', input: {}, expect: 'FORBIDDEN' },
  { contract: listFunds, as: 'veteranA', input: {}, expect: 'FORBIDDEN' },
  { contract: listFunds, as: 'district', input: {}, expect: 'ok' },

  {
    contract: uploadEvidence,
    as: 'anonymous',
    input: { contentType: 'image/png', dataBase64: PNG_1PX },
    expect: 'UNAUTHENTICATED',
  },
  {
    contract: uploadEvidence,
    as: 'newUser',
    input: { contentType: 'image/png', dataBase64: PNG_1PX },
    expect: 'FORBIDDEN',
    note: 'neither veteran nor staff',
  },
  { contract: uploadEvidence, as: 'veteranA', input: { contentType: 'image/png', dataBase64: PNG_1PX }, expect: 'ok' },
  {
    contract: uploadEvidence,
    as: 'gridMemberA',
    input: { contentType: 'image/png', dataBase64: PNG_1PX },
    expect: 'ok',
  },

  { contract: applicationEvidence, as: 'anonymous', input: (w) => plant(w, 'submitted'), expect: 'UNAUTHENTICATED' },
  {
    contract: applicationEvidence,
    as: 'veteranB',
    input: (w) => plant(w, 'submitted'),
    expect: 'FORBIDDEN',
    note: "another veteran's application",
  },
  { contract: applicationEvidence, as: 'gridMemberB', input: (w) => plant(w, 'submitted'), expect: 'FORBIDDEN' },
  {
    contract: applicationEvidence,
    as: 'streetB',
    input: (w) => plant(w, 'submitted'),
    expect: 'FORBIDDEN',
    note: 'outside the jurisdiction',
  },
  { contract: applicationEvidence, as: 'recruitHead', input: (w) => plant(w, 'submitted'), expect: 'FORBIDDEN' },
  { contract: applicationEvidence, as: 'stationA', input: (w) => plant(w, 'submitted'), expect: 'ok' },
  { contract: applicationEvidence, as: 'district', input: (w) => plant(w, 'submitted'), expect: 'ok' },

  { contract: getAssistSettings, as: 'anonymous', input: {}, expect: 'UNAUTHENTICATED' },
  { contract: getAssistSettings, as: 'newUser', input: {}, expect: 'FORBIDDEN' },
  { contract: getAssistSettings, as: 'agencyStaff', input: {}, expect: 'FORBIDDEN' },
  { contract: getAssistSettings, as: 'veteranA', input: {}, expect: 'ok', note: 'the most one may ask' },
  { contract: getAssistSettings, as: 'streetA', input: {}, expect: 'ok', note: "the approver's limit" },

  { contract: updateAssistSettings, as: 'anonymous', input: LIMITS, expect: 'UNAUTHENTICATED' },
  { contract: updateAssistSettings, as: 'veteranA', input: LIMITS, expect: 'FORBIDDEN' },
  { contract: updateAssistSettings, as: 'gridLeaderA', input: LIMITS, expect: 'FORBIDDEN' },
  { contract: updateAssistSettings, as: 'stationA', input: LIMITS, expect: 'FORBIDDEN' },
  { contract: updateAssistSettings, as: 'streetA', input: LIMITS, expect: 'FORBIDDEN' },
  { contract: updateAssistSettings, as: 'recruitHead', input: LIMITS, expect: 'FORBIDDEN' },
  { contract: updateAssistSettings, as: 'district', input: LIMITS, expect: 'ok' },

  { contract: createFund, as: 'anonymous', input: { name: '矩阵测试救助资金' }, expect: 'UNAUTHENTICATED' },
  { contract: createFund, as: 'veteranA', input: { name: '矩阵测试救助资金' }, expect: 'FORBIDDEN' },
  { contract: createFund, as: 'stationA', input: { name: '矩阵测试救助资金' }, expect: 'FORBIDDEN' },
  { contract: createFund, as: 'streetA', input: { name: '矩阵测试救助资金' }, expect: 'FORBIDDEN' },
  { contract: createFund, as: 'district', input: { name: '矩阵测试救助资金' }, expect: 'ok' },

  { contract: topUpFund, as: 'anonymous', input: TOP_UP, expect: 'UNAUTHENTICATED' },
  { contract: topUpFund, as: 'veteranA', input: TOP_UP, expect: 'FORBIDDEN' },
  { contract: topUpFund, as: 'gridMemberA', input: TOP_UP, expect: 'FORBIDDEN' },
  {
    contract: topUpFund,
    as: 'streetA',
    input: TOP_UP,
    expect: 'FORBIDDEN',
    note: 'streets see the balance, only the district adds',
  },
  { contract: topUpFund, as: 'agencyStaff', input: TOP_UP, expect: 'FORBIDDEN' },
  { contract: topUpFund, as: 'district', input: TOP_UP, expect: 'ok' },

  { contract: listFundMovements, as: 'anonymous', input: { fundId: RELIEF_FUND_ID }, expect: 'UNAUTHENTICATED' },
  { contract: listFundMovements, as: 'veteranA', input: { fundId: RELIEF_FUND_ID }, expect: 'FORBIDDEN' },
  { contract: listFundMovements, as: 'stationA', input: { fundId: RELIEF_FUND_ID }, expect: 'FORBIDDEN' },
  { contract: listFundMovements, as: 'streetB', input: { fundId: RELIEF_FUND_ID }, expect: 'FORBIDDEN' },
  { contract: listFundMovements, as: 'district', input: { fundId: RELIEF_FUND_ID }, expect: 'ok' },
];
