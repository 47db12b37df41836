import type { AuthzCase } from '../case';
import type { World } from '../world';
import { submitRequest, uploadRequestPhoto } from '../../../../types/requests/submit';
import {
  addInformation,
  myRequests,
  rateRequest,
  reopenRequest,
  requestDetail,
} from '../../../../types/requests/follow';
import { handleRequest } from '../../../../types/requests/handle';
import { exportRequests, requestFigures, requestInbox } from '../../../../types/requests/inbox';
import { markVisitOccasion } from '../../../../types/requests/visit-occasion';
import { DEMO_GRID_ID } from '../../../../seed/district/xiangzhou-demo';

type Req = { _id: string; version: number; veteranId: string };
/** The seeded urgent request of another veteran in grid A, waiting at the grid to be accepted. */
const waitingInA = (w: World) =>
  w.one<Req>('requests', { gridId: DEMO_GRID_ID, status: 'submitted', urgency: 'urgent' });
/** demo-veteran-1's request that the grid answered four days ago. */
const answeredOfA = (w: World) => w.one<Req>('requests', { openid: 'demo-veteran-1', status: 'answered' });
/** Answered within the last 30 days (the seed is generated at the local cloud's clock). */
const reopenableOfA = (w: World) => {
  const since = new Date(w.cloud.clock.now().getTime() - 25 * 86_400_000).toISOString();
  return w.one<Req>('requests', {
    openid: 'demo-veteran-1',
    status: { $in: ['answered', 'closed'] },
    answeredAt: { $gte: { $date: since } },
  });
};
const veteranInA = (w: World) => waitingInA(w).veteranId;

const form = (extra: object = {}) => ({
  clientToken: `authz-${Math.random().toString(36).slice(2, 12)}`,
  category: '政策咨询',
  description: '想咨询优待证办理需要的材料。',
  contact: { method: 'wechat' },
  ...extra,
});
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const photo = { contentType: 'image/png', dataBase64: PNG };
const onWaiting = (extra: object) => (w: World) => ({
  id: waitingInA(w)._id,
  version: waitingInA(w).version,
  ...extra,
});
const onAnswered = (extra: object) => (w: World) => ({
  id: answeredOfA(w)._id,
  version: answeredOfA(w).version,
  ...extra,
});

const occasion = (w: World) => ({ id: waitingInA(w)._id, occasion: 'illness', note: '来电反映住院' });

export const cases: AuthzCase[] = [
  // First in the file: the waiting request is still at the grid when the allowed row runs.
  { contract: markVisitOccasion, as: 'anonymous', input: occasion, expect: 'UNAUTHENTICATED' },
  { contract: markVisitOccasion, as: 'veteranA', input: occasion, expect: 'FORBIDDEN' },
  { contract: markVisitOccasion, as: 'gridMemberB', input: occasion, expect: 'FORBIDDEN' },
  { contract: markVisitOccasion, as: 'streetB', input: occasion, expect: 'FORBIDDEN' },
  { contract: markVisitOccasion, as: 'gridMemberA', input: occasion, expect: 'ok', note: 'the handler' },

  { contract: submitRequest, as: 'anonymous', input: form(), expect: 'UNAUTHENTICATED' },
  { contract: submitRequest, as: 'newUser', input: form(), expect: 'FORBIDDEN', note: 'no bound file' },
  {
    contract: submitRequest,
    as: 'gridMemberB',
    input: (w) => form({ veteranId: veteranInA(w) }),
    expect: 'FORBIDDEN',
    note: 'veteran of another grid',
  },
  {
    contract: submitRequest,
    as: 'stationA',
    input: (w) => form({ veteranId: veteranInA(w) }),
    expect: 'FORBIDDEN',
    note: 'only the grid team files for a veteran',
  },
  { contract: submitRequest, as: 'veteranA', input: form(), expect: 'ok' },
  {
    contract: submitRequest,
    as: 'gridMemberA',
    input: (w) => form({ veteranId: veteranInA(w) }),
    expect: 'ok',
    note: 'on behalf of a veteran of the grid',
  },

  { contract: uploadRequestPhoto, as: 'anonymous', input: photo, expect: 'UNAUTHENTICATED' },
  { contract: uploadRequestPhoto, as: 'newUser', input: photo, expect: 'FORBIDDEN' },
  { contract: uploadRequestPhoto, as: 'veteranA', input: photo, expect: 'ok' },

  { contract: myRequests, as: 'anonymous', input: {}, expect: 'UNAUTHENTICATED' },
  { contract: myRequests, as: 'veteranA', input: {}, expect: 'ok' },

  {
    contract: requestDetail,
    as: 'veteranB',
    input: (w) => ({ id: answeredOfA(w)._id }),
    expect: 'FORBIDDEN',
    note: "another veteran's request",
  },
  { contract: requestDetail, as: 'gridMemberB', input: (w) => ({ id: answeredOfA(w)._id }), expect: 'FORBIDDEN' },
  { contract: requestDetail, as: 'streetB', input: (w) => ({ id: answeredOfA(w)._id }), expect: 'FORBIDDEN' },
  { contract: requestDetail, as: 'agencyStaff', input: (w) => ({ id: answeredOfA(w)._id }), expect: 'FORBIDDEN' },
  { contract: requestDetail, as: 'veteranA', input: (w) => ({ id: answeredOfA(w)._id }), expect: 'ok' },
  { contract: requestDetail, as: 'gridMemberA', input: (w) => ({ id: answeredOfA(w)._id }), expect: 'ok' },
  { contract: requestDetail, as: 'district', input: (w) => ({ id: answeredOfA(w)._id }), expect: 'ok' },

  { contract: handleRequest, as: 'anonymous', input: onWaiting({ step: 'accept' }), expect: 'UNAUTHENTICATED' },
  { contract: handleRequest, as: 'veteranA', input: onWaiting({ step: 'accept' }), expect: 'FORBIDDEN' },
  { contract: handleRequest, as: 'gridMemberB', input: onWaiting({ step: 'accept' }), expect: 'FORBIDDEN' },
  {
    contract: handleRequest,
    as: 'stationA',
    input: onWaiting({ step: 'accept' }),
    expect: 'FORBIDDEN',
    note: 'it is handled at the grid now',
  },
  {
    contract: handleRequest,
    as: 'streetB',
    input: onWaiting({ step: 'return', text: '不属于本辖区' }),
    expect: 'FORBIDDEN',
  },
  { contract: handleRequest, as: 'agencyStaff', input: onWaiting({ step: 'accept' }), expect: 'FORBIDDEN' },
  { contract: handleRequest, as: 'gridMemberA', input: onWaiting({ step: 'accept' }), expect: 'ok' },

  { contract: addInformation, as: 'veteranB', input: onAnswered({ text: '补充说明一些情况' }), expect: 'FORBIDDEN' },
  {
    contract: addInformation,
    as: 'gridMemberA',
    input: onAnswered({ text: '补充说明一些情况' }),
    expect: 'FORBIDDEN',
    note: 'only the person who asked',
  },
  { contract: addInformation, as: 'veteranA', input: onAnswered({ text: '补充说明一些情况' }), expect: 'ok' },

  { contract: rateRequest, as: 'veteranB', input: onAnswered({ rating: 'satisfied' }), expect: 'FORBIDDEN' },
  { contract: rateRequest, as: 'gridMemberA', input: onAnswered({ rating: 'satisfied' }), expect: 'FORBIDDEN' },
  { contract: rateRequest, as: 'veteranA', input: onAnswered({ rating: 'satisfied' }), expect: 'ok' },

  {
    contract: reopenRequest,
    as: 'veteranB',
    input: (w) => ({ id: reopenableOfA(w)._id, version: reopenableOfA(w).version, reason: '问题还在' }),
    expect: 'FORBIDDEN',
  },
  {
    contract: reopenRequest,
    as: 'veteranA',
    input: (w) => ({ id: reopenableOfA(w)._id, version: reopenableOfA(w).version, reason: '问题还在' }),
    expect: 'ok',
  },

  { contract: requestInbox, as: 'anonymous', input: {}, expect: 'UNAUTHENTICATED' },
  { contract: requestInbox, as: 'veteranA', input: {}, expect: 'FORBIDDEN' },
  { contract: requestInbox, as: 'agencyStaff', input: {}, expect: 'FORBIDDEN' },
  { contract: requestInbox, as: 'streetB', input: { scope: 'area', orgId: 'c-10-01' }, expect: 'FORBIDDEN' },
  { contract: requestInbox, as: 'gridMemberB', input: { orgId: DEMO_GRID_ID }, expect: 'FORBIDDEN' },
  {
    contract: requestInbox,
    as: 'stationA',
    input: { orgId: DEMO_GRID_ID },
    expect: 'FORBIDDEN',
    note: 'queue of a node not their own',
  },
  { contract: requestInbox, as: 'gridMemberA', input: {}, expect: 'ok' },
  { contract: requestInbox, as: 'stationA', input: { scope: 'area', orgId: DEMO_GRID_ID }, expect: 'ok' },
  { contract: requestInbox, as: 'district', input: { scope: 'area' }, expect: 'ok' },

  { contract: requestFigures, as: 'veteranA', input: {}, expect: 'FORBIDDEN' },
  { contract: requestFigures, as: 'streetB', input: { orgId: 's-10' }, expect: 'FORBIDDEN' },
  { contract: requestFigures, as: 'gridMemberA', input: { orgId: 'c-10-01' }, expect: 'FORBIDDEN' },
  { contract: requestFigures, as: 'gridLeaderA', input: {}, expect: 'ok' },
  { contract: requestFigures, as: 'streetA', input: {}, expect: 'ok' },
  { contract: requestFigures, as: 'district', input: {}, expect: 'ok' },

  { contract: exportRequests, as: 'veteranA', input: {}, expect: 'FORBIDDEN' },
  { contract: exportRequests, as: 'gridMemberB', input: { orgId: DEMO_GRID_ID }, expect: 'FORBIDDEN' },
  { contract: exportRequests, as: 'stationA', input: {}, expect: 'ok' },
];
