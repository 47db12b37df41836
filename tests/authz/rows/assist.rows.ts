import type { AuthzCase } from '../case';
import type { World } from '../world';
import { applyAssistance, approveApplication, disburseApplication, listApplications, listFunds, myApplications, reviewApplication } from '../../../types/assist/applications';
import type { AssistanceDoc, AssistStatus } from '../../../types/assist/model';

const situation = '家中遭遇火灾，房屋受损严重，急需生活救助';
let planted = 0;

/** Plants an application of a grid-A veteran in `status` straight into the store; returns its id. */
function plant(w: World, status: AssistStatus, kind: 'subsidy' | 'relief' = 'subsidy', askedFen = 200_000): { id: string } {
  const v = w.one<{ _id: string; name: string; orgPath: string[]; gridId: string }>('veterans', { gridId: 'g-10-01-3', lifeStatus: 'in_district' });
  const id = `authz-assist-${++planted}`;
  const doc: AssistanceDoc = {
    _id: id, kind, veteranId: v._id, veteranName: v.name, orgPath: v.orgPath, gridId: v.gridId, situation, askedFen, evidence: [],
    appliedByOpenid: 'someone-else', appliedByStaffId: null, status, approverLevel: 'street', approvedFen: status === 'approved' ? askedFen : null,
    fundId: null, disbursedFen: null, disbursedAt: null, disburseMethod: null, disbursedMonth: null, steps: [], createdAt: new Date(), updatedAt: new Date(),
  };
  w.cloud.db.importDocuments('assistance', [doc as never]);
  return { id };
}
const veteranInA = (w: World, skip: number) => w.find<{ _id: string }>('veterans', { gridId: 'g-10-01-3', lifeStatus: 'in_district', openid: null }, 5)[skip]?._id;

export const cases: AuthzCase[] = [
  { contract: applyAssistance, as: 'anonymous', input: { situation, askedFen: 100_000 }, expect: 'UNAUTHENTICATED' },
  { contract: applyAssistance, as: 'newUser', input: { situation, askedFen: 100_000 }, expect: 'FORBIDDEN', note: 'no file of their own' },
  { contract: applyAssistance, as: 'veteranB', input: (w) => ({ veteranId: veteranInA(w, 0), situation, askedFen: 100_000 }), expect: 'FORBIDDEN', note: 'for another veteran' },
  { contract: applyAssistance, as: 'gridMemberB', input: (w) => ({ veteranId: veteranInA(w, 0), situation, askedFen: 100_000 }), expect: 'FORBIDDEN' },
  { contract: applyAssistance, as: 'veteranA', input: { situation, askedFen: 100_000 }, expect: 'ok', note: 'own application' },
  { contract: applyAssistance, as: 'gridMemberA', input: (w) => ({ veteranId: veteranInA(w, 0), situation, askedFen: 100_000 }), expect: 'ok', note: 'on behalf of a veteran of the grid' },

  { contract: myApplications, as: 'anonymous', input: {}, expect: 'UNAUTHENTICATED' },
  { contract: myApplications, as: 'veteranA', input: {}, expect: 'ok' },

  { contract: listApplications, as: 'gridMemberA', input: { orgId: 'c-10-01' }, expect: 'FORBIDDEN' },
  { contract: listApplications, as: 'streetB', input: { orgId: 's-10' }, expect: 'FORBIDDEN' },
  { contract: listApplications, as: 'stationA', input: {}, expect: 'ok' },

  { contract: reviewApplication, as: 'gridLeaderA', input: (w) => ({ ...plant(w, 'submitted'), pass: true }), expect: 'FORBIDDEN' },
  { contract: reviewApplication, as: 'streetB', input: (w) => ({ ...plant(w, 'submitted'), pass: true }), expect: 'FORBIDDEN' },
  { contract: reviewApplication, as: 'veteranA', input: (w) => ({ ...plant(w, 'submitted'), pass: true }), expect: 'FORBIDDEN' },
  { contract: reviewApplication, as: 'stationA', input: (w) => ({ ...plant(w, 'submitted'), pass: true }), expect: 'ok' },

  { contract: approveApplication, as: 'stationA', input: (w) => ({ ...plant(w, 'reviewed'), approve: true }), expect: 'FORBIDDEN' },
  { contract: approveApplication, as: 'streetB', input: (w) => ({ ...plant(w, 'reviewed'), approve: true }), expect: 'FORBIDDEN' },
  { contract: approveApplication, as: 'streetA', input: (w) => ({ ...plant(w, 'reviewed', 'relief'), approve: true }), expect: 'FORBIDDEN', note: 'relief is the district\'s' },
  { contract: approveApplication, as: 'streetA', input: (w) => ({ ...plant(w, 'reviewed'), approve: true }), expect: 'ok' },
  { contract: approveApplication, as: 'district', input: (w) => ({ ...plant(w, 'reviewed', 'subsidy', 800_000), approve: true }), expect: 'ok' },

  { contract: disburseApplication, as: 'stationA', input: (w) => ({ ...plant(w, 'approved'), amountFen: 200_000, method: '银行转账' }), expect: 'FORBIDDEN' },
  { contract: disburseApplication, as: 'streetB', input: (w) => ({ ...plant(w, 'approved'), amountFen: 200_000, method: '银行转账' }), expect: 'FORBIDDEN' },
  { contract: disburseApplication, as: 'streetA', input: (w) => ({ ...plant(w, 'approved'), amountFen: 200_000, method: '银行转账' }), expect: 'ok' },

  { contract: listFunds, as: 'stationA', input: {}, expect: 'FORBIDDEN' },
  { contract: listFunds, as: 'veteranA', input: {}, expect: 'FORBIDDEN' },
  { contract: listFunds, as: 'district', input: {}, expect: 'ok' },
];
