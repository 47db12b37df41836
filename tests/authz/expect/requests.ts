import { addInformation, myRequests, rateRequest, reopenRequest, requestDetail } from '../../../types/requests/follow';
import { handleRequest } from '../../../types/requests/handle';
import { exportRequests, requestFigures, requestInbox } from '../../../types/requests/inbox';
import { submitRequest, uploadRequestPhoto } from '../../../types/requests/submit';
import { markVisitOccasion } from '../../../types/requests/visit-occasion';
import { GRID, type Persona, type Side } from '../personas';
import type { World } from '../world';
import { GRID_TEAM, PLACE_STAFF, RECRUITMENT_OFFICE, SIGNED_IN, BOUND_VETERANS, VETERANS } from './shared';
import { table } from './table';

/**
 * requests (诉求, journey 3): a veteran submits, follows, adds information, rates or reopens their own
 * request; the grid team "takes and answers requests"; station / street / district staff "handle
 * escalated requests" and see their area's. Staff above a grid may act on what reaches it.
 */
type Status = 'submitted' | 'answered';
let refs = 0;
/** A request of the side's demo veteran, waiting at their grid (submitted) or answered by it. */
function requestOf(w: World, side: Side, status: Status): { id: string; version: number } {
  const vet = w.veteran(side);
  refs += 1;
  const now = new Date(w.cloud.clock.now().getTime() - 86_400_000);
  const [seeded] = w.find<{ version: number }>('requests', { status });
  const id = w.placedCopy('requests', { status }, side, {
    refNo: `AUTHZ${side}${String(refs).padStart(6, '0')}`,
    veteranId: vet._id,
    veteranName: vet.name,
    openid: vet.openid,
    filedBy: null,
    level: 'grid',
    handlerOrgId: GRID[side],
    assigneeId: null,
    createdAt: now,
    ...(status === 'answered' ? { answeredAt: now, answer: '已答复：材料清单见附件。', rating: null } : {}),
  });
  return { id, version: seeded.version };
}
const form = () => ({
  clientToken: `authz-${Math.random().toString(36).slice(2, 12)}`,
  category: '政策咨询' as const,
  description: '想咨询优待证办理需要的材料。',
  contact: { method: 'wechat' as const },
});
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const handlers = PLACE_STAFF;
const overTheRequest = { inScope: handlers, outOfScope: ['district'] as Persona[] };
/** A request waiting at its grid is the grid team's to take; staff above act once it is escalated to them. */
const atTheGrid = { inScope: GRID_TEAM, outOfScope: [] as Persona[] };
const uploaders: Persona[] = [...BOUND_VETERANS, ...PLACE_STAFF, ...RECRUITMENT_OFFICE, 'agencyStaff'];
const ownRequest = { inScope: VETERANS, outOfScope: [] as Persona[] };

export const tables = [
  table({ contract: submitRequest, target: form, allowed: { inScope: BOUND_VETERANS, outOfScope: BOUND_VETERANS } }),
  table({
    contract: uploadRequestPhoto,
    target: () => ({ contentType: 'image/png' as const, dataBase64: PNG }),
    // Veterans for their own requests; staff file requests on a veteran's behalf.
    allowed: { inScope: uploaders, outOfScope: uploaders },
    unplaced: 'a file id',
  }),
  table({
    contract: myRequests,
    target: () => ({}),
    // The caller's own requests: an empty list for someone who filed none.
    allowed: { inScope: SIGNED_IN, outOfScope: SIGNED_IN },
  }),
  table({
    contract: requestDetail,
    target: (w, side) => ({ id: requestOf(w, side, 'answered').id }),
    allowed: { inScope: [...VETERANS, ...handlers], outOfScope: ['district'] },
  }),
  table({
    contract: addInformation,
    target: (w, side) => ({ ...requestOf(w, side, 'answered'), text: '补充说明一些情况' }),
    allowed: ownRequest,
  }),
  table({
    contract: rateRequest,
    target: (w, side) => ({ ...requestOf(w, side, 'answered'), rating: 'satisfied' as const }),
    allowed: ownRequest,
  }),
  table({
    contract: reopenRequest,
    target: (w, side) => ({ ...requestOf(w, side, 'answered'), reason: '问题没有解决，需要重新办理' }),
    allowed: ownRequest,
  }),
  table({
    contract: handleRequest,
    target: (w, side) => ({ ...requestOf(w, side, 'submitted'), step: 'accept' as const }),
    allowed: atTheGrid,
  }),
  table({
    contract: markVisitOccasion,
    target: (w, side) => ({ id: requestOf(w, side, 'submitted').id, occasion: 'illness', note: '来电反映住院' }),
    allowed: atTheGrid,
  }),
  table({
    contract: requestInbox,
    target: (_w, side) => ({ scope: 'area' as const, orgId: GRID[side] }),
    allowed: overTheRequest,
  }),
  table({ contract: requestFigures, target: (_w, side) => ({ orgId: GRID[side] }), allowed: overTheRequest }),
  table({
    contract: exportRequests,
    target: (_w, side) => ({ orgId: GRID[side] }),
    allowed: overTheRequest,
    unplaced: 'a link to the exported file',
  }),
];
