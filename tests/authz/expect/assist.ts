import { RELIEF_FUND_ID } from '../../../seed/build-assistance';
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
} from '../../../types/assist/applications';
import { createFund, listFundMovements, topUpFund } from '../../../types/assist/funds';
import type { AssistKind, AssistStatus, AssistanceDoc } from '../../../types/assist/model';
import { getAssistSettings, updateAssistSettings } from '../../../types/assist/settings';
import { COMMUNITY, type Persona, type Side } from '../personas';
import type { World } from '../world';
import { AREA_STAFF, GRID_TEAM, PLACE_STAFF, SIGNED_IN, BOUND_VETERANS } from './shared';
import { table } from './table';

/**
 * Hardship subsidies (临时困难补助) and relief-fund cases (救助专项资金). From PRODUCT.md's roles: a veteran
 * asks for their own; the grid team, who take requests and register veterans who cannot themselves,
 * apply on a veteran's behalf, and so does the community's service station; the station handles it first
 * (review), the street over it approves within its limit and records the payment, the district approves
 * above that and relief-fund cases, keeps the relief fund and sets the limits. An application lies where
 * the veteran's file lies.
 */
const SITUATION = '家中遭遇火灾，房屋受损严重，急需生活救助';
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const STREETS: Persona[] = ['streetA', 'streetB', 'district'];
const overTheFile = (inScope: Persona[]) => ({
  inScope,
  outOfScope: inScope.includes('district') ? (['district'] as Persona[]) : [],
});
const applicants: Persona[] = [...BOUND_VETERANS, ...GRID_TEAM, 'stationA'];
const theDistrict = { inScope: ['district' as const], outOfScope: ['district' as const] };

/** An application of a veteran of the side's grid (not a demo person) in `status`, put in the store. */
function application(w: World, side: Side, status: AssistStatus, kind: AssistKind = 'subsidy'): { id: string } {
  const v = w.neighbour(side);
  const askedFen = 200_000;
  const doc: AssistanceDoc = {
    _id: w.freshId('assist'),
    kind,
    veteranId: v._id,
    veteranName: v.name,
    orgPath: v.orgPath,
    gridId: v.gridId,
    situation: SITUATION,
    askedFen,
    evidence: [],
    appliedByOpenid: 'someone-else',
    appliedByStaffId: null,
    status,
    approverLevel: kind === 'relief' ? 'district' : 'street',
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
  w.put('assistance', doc as never);
  return { id: doc._id };
}

export const tables = [
  table({
    contract: applyAssistance,
    target: (w, side) => ({ veteranId: w.neighbour(side)._id, situation: SITUATION, askedFen: 100_000 }),
    allowed: { inScope: [...GRID_TEAM, 'stationA'], outOfScope: [] },
  }),
  table({
    contract: applyAssistance,
    variant: "a veteran's own",
    target: () => ({ situation: SITUATION, askedFen: 100_000 }),
    allowed: { inScope: BOUND_VETERANS, outOfScope: BOUND_VETERANS },
    unplaced: "the caller's own application",
  }),
  table({
    contract: myApplications,
    target: () => ({}),
    // One's own applications: anyone may ask; a person who has none sees an empty list.
    allowed: { inScope: SIGNED_IN, outOfScope: SIGNED_IN },
    unplaced: "the caller's own applications",
  }),
  table({
    contract: listApplications,
    // The station reviews, the street and district approve: lists are by community and above.
    target: (_w, side) => ({ orgId: COMMUNITY[side] }),
    allowed: overTheFile(AREA_STAFF),
  }),
  table({
    contract: reviewApplication,
    target: (w, side) => ({ ...application(w, side, 'submitted'), pass: true }),
    allowed: overTheFile(['stationA']),
  }),
  table({
    contract: approveApplication,
    target: (w, side) => ({ ...application(w, side, 'reviewed'), approve: true }),
    allowed: overTheFile(STREETS),
  }),
  table({
    contract: approveApplication,
    variant: 'a relief-fund case',
    target: (w, side) => ({ ...application(w, side, 'reviewed', 'relief'), approve: true }),
    allowed: overTheFile(['district']),
  }),
  table({
    contract: disburseApplication,
    target: (w, side) => ({ ...application(w, side, 'approved'), amountFen: 200_000, method: '银行转账' as const }),
    allowed: overTheFile(STREETS),
  }),
  table({
    contract: applicationEvidence,
    target: (w, side) => application(w, side, 'submitted'),
    // Hardship evidence is private (PRODUCT.md: stored files reached only by those allowed): the applicant,
    // the veteran, and the staff who decide on it; the grid team sees only what it applied for itself.
    allowed: overTheFile(AREA_STAFF),
    unplaced: 'temporary links',
  }),
  table({
    contract: uploadEvidence,
    target: () => ({ contentType: 'image/png' as const, dataBase64: PNG }),
    // Evidence is attached by whoever applies: the veteran, their grid team, the station.
    allowed: { inScope: applicants, outOfScope: applicants },
    unplaced: 'a file id',
  }),
  table({
    contract: getAssistSettings,
    target: () => ({}),
    // The most one may ask and the street's limit: for those who apply, review and approve.
    allowed: { inScope: [...BOUND_VETERANS, ...PLACE_STAFF], outOfScope: [...BOUND_VETERANS, ...PLACE_STAFF] },
    unplaced: "the district's limits",
  }),
  table({
    contract: updateAssistSettings,
    target: () => ({ streetLimitFen: 300_000, subsidyMaxFen: 2_000_000, reliefMaxFen: 10_000_000 }),
    allowed: theDistrict,
    unplaced: "the district's limits",
  }),
  table({
    contract: listFunds,
    target: () => ({}),
    // The streets approve and pay against the fund's balance.
    allowed: { inScope: STREETS, outOfScope: STREETS },
  }),
  table({ contract: createFund, target: () => ({ name: '矩阵测试救助资金' }), allowed: theDistrict }),
  table({
    contract: topUpFund,
    target: () => ({ fundId: RELIEF_FUND_ID, amountFen: 100_000, note: '矩阵测试拨付' }),
    allowed: theDistrict,
  }),
  table({ contract: listFundMovements, target: () => ({ fundId: RELIEF_FUND_ID }), allowed: theDistrict }),
];
