import {
  editNotice,
  gridUnreadList,
  listNotices,
  markNoticeRead,
  noticeDetail,
  noticeScopes,
  publishNotice,
  receiptSummary,
  uploadNoticeImage,
  withdrawNotice,
} from '../../../types/notices/contracts';
import { GRID, gridPath, type Side } from '../personas';
import type { World } from '../world';
import { GRID_PEOPLE, PLACE_STAFF, SIGNED_IN } from './shared';
import { table } from './table';
import { pngImage } from '../../support/png-image';

/**
 * notices (PRODUCT.md journey 2): grid members post to their grid, staff publish to their area; every
 * veteran of the grid reads them; the grid team sees who has read. Issue 13 item 2: a notice is edited
 * or withdrawn only by its publisher or by staff strictly above the publisher's level.
 */
const fields = { title: '优待证申领', body: '请到服务站申领。', category: '优待证' as const, expiresInDays: 30 };

/** A notice to the side's grid, published by `publisher` (an OPENID) of that side. */
function noticeToGrid(w: World, side: Side, publisherOpenid: string): string {
  const id = w.freshId('notice');
  const now = new Date();
  return w.put('notices', {
    _id: id,
    ...fields,
    imageFileIds: [],
    publisherOpenid,
    publisherName: '发布人',
    publisherLabel: '发布单位',
    scopeOrgId: GRID[side],
    scopePath: gridPath(side),
    scopeKind: 'grid',
    scopeName: '网格',
    expiresAt: new Date(now.getTime() + 86_400_000),
    requireAck: true,
    status: 'published',
    revision: 1,
    editedAt: null,
    notifyState: 'done',
    createdAt: now,
    rev: id,
  });
}
const byGridMember = (w: World, side: Side) =>
  noticeToGrid(w, side, w.boundStaffOpenid({ role: 'grid_member', orgId: GRID[side] }));
/** Published from above: by the street's staff, to one grid. */
const byStreet = (w: World, side: Side) =>
  noticeToGrid(
    w,
    side,
    side === 'A' ? 'demo-street-admin-s-10' : w.boundStaffOpenid({ role: 'street_staff', orgId: 's-01' }),
  );

const PNG = {
  contentType: 'image/png' as const,
  dataBase64: pngImage().toString('base64'),
};
const readers = GRID_PEOPLE;
const publishers = PLACE_STAFF;

export const tables = [
  table({
    contract: publishNotice,
    target: (_w, side) => ({ ...fields, scopeOrgId: GRID[side] }),
    allowed: { inScope: publishers, outOfScope: ['district'] },
  }),
  table({
    contract: editNotice,
    target: (w, side) => ({ noticeId: byStreet(w, side), ...fields, title: '优待证申领（更正）' }),
    // The publisher (the side's street staff) and the district above them; nobody below.
    allowed: { inScope: ['streetA', 'streetB', 'district'], outOfScope: ['district'] },
  }),
  table({
    contract: withdrawNotice,
    target: (w, side) => ({ noticeId: byStreet(w, side) }),
    allowed: { inScope: ['streetA', 'streetB', 'district'], outOfScope: ['district'] },
  }),
  table({
    contract: uploadNoticeImage,
    target: () => PNG,
    // Whoever may publish somewhere may upload a picture for it.
    allowed: { inScope: publishers, outOfScope: publishers },
    unplaced: 'a file id',
  }),
  table({
    contract: listNotices,
    target: () => ({}),
    // Everyone signed in gets the notices that reach them (none for someone outside every grid).
    allowed: { inScope: SIGNED_IN, outOfScope: SIGNED_IN },
  }),
  table({
    contract: noticeDetail,
    target: (w, side) => ({ noticeId: byGridMember(w, side) }),
    allowed: { inScope: readers, outOfScope: ['district'] },
  }),
  table({
    contract: markNoticeRead,
    target: (w, side) => ({ noticeId: byGridMember(w, side), ack: true }),
    allowed: { inScope: readers, outOfScope: ['district'] },
  }),
  table({
    contract: receiptSummary,
    target: (w, side) => ({ noticeId: byGridMember(w, side) }),
    allowed: { inScope: publishers, outOfScope: ['district'] },
  }),
  table({
    contract: gridUnreadList,
    target: (w, side) => ({ noticeId: byGridMember(w, side), gridId: GRID[side] }),
    allowed: { inScope: publishers, outOfScope: ['district'] },
  }),
  table({
    contract: noticeScopes,
    target: () => ({}),
    // The places each may publish to (none for those who publish nowhere).
    allowed: { inScope: SIGNED_IN, outOfScope: SIGNED_IN },
  }),
];
