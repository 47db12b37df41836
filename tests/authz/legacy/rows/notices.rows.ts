import type { AuthzCase } from '../case';
import { pngImage } from '../../../support/png-image';
import type { World } from '../world';
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
} from '../../../../types/notices/contracts';

const fields = { title: '优待证申领', body: '请到服务站申领。', category: '优待证' as const, expiresInDays: 30 };

/** A notice published by grid member A to grid A (straight into the store), 需确认. */
async function noticeInGridA(w: World, id: string) {
  const vet = await w.veteranOf('demo-veteran-1');
  const now = new Date();
  if (!w.find('notices', { _id: id }).length) {
    w.cloud.db.importDocuments('notices', [
      {
        _id: id,
        ...fields,
        imageFileIds: [],
        publisherOpenid: 'demo-grid-member-g-10-01-3',
        publisherName: '黄丽娟',
        publisherLabel: '第三网格网格员',
        scopeOrgId: vet.gridId,
        scopePath: vet.orgPath,
        scopeKind: 'grid',
        scopeName: '第三网格',
        expiresAt: new Date(now.getTime() + 86_400_000),
        requireAck: true,
        status: 'published',
        revision: 1,
        editedAt: null,
        notifyState: 'done',
        createdAt: now,
        rev: id,
      },
    ]);
  }
  return id;
}
const N1 = '9999999999990notice1';
const PNG = {
  contentType: 'image/png' as const,
  dataBase64: pngImage().toString('base64'),
};
const N2 = '9999999999990notice2';

export const cases: AuthzCase[] = [
  {
    contract: publishNotice,
    as: 'anonymous',
    input: { ...fields, scopeOrgId: 'g-10-01-3' },
    expect: 'UNAUTHENTICATED',
  },
  { contract: publishNotice, as: 'veteranA', input: { ...fields, scopeOrgId: 'g-10-01-3' }, expect: 'FORBIDDEN' },
  { contract: publishNotice, as: 'gridMemberB', input: { ...fields, scopeOrgId: 'g-10-01-3' }, expect: 'FORBIDDEN' },
  {
    contract: publishNotice,
    as: 'gridMemberA',
    input: { ...fields, scopeOrgId: 'c-10-01' },
    expect: 'FORBIDDEN',
    note: 'a grid member publishes to their grid only',
  },
  { contract: publishNotice, as: 'streetB', input: { ...fields, scopeOrgId: 's-10' }, expect: 'FORBIDDEN' },
  { contract: publishNotice, as: 'recruitHead', input: { ...fields, scopeOrgId: 's-10' }, expect: 'FORBIDDEN' },
  { contract: publishNotice, as: 'gridMemberA', input: { ...fields, scopeOrgId: 'g-10-01-3' }, expect: 'ok' },
  { contract: publishNotice, as: 'stationA', input: { ...fields, scopeOrgId: 'c-10-01' }, expect: 'ok' },
  { contract: publishNotice, as: 'district', input: { ...fields, scopeOrgId: 'd-xz' }, expect: 'ok' },

  {
    contract: editNotice,
    as: 'veteranA',
    input: async (w) => ({ noticeId: await noticeInGridA(w, N1), ...fields }),
    expect: 'FORBIDDEN',
  },
  {
    contract: editNotice,
    as: 'gridMemberB',
    input: async (w) => ({ noticeId: await noticeInGridA(w, N1), ...fields }),
    expect: 'NOT_FOUND',
  },
  {
    contract: editNotice,
    as: 'gridMemberA',
    input: async (w) => ({
      noticeId: await noticeInGridA(w, N1),
      ...fields,
      title: '优待证申领（更正）',
      requireAck: true,
    }),
    expect: 'ok',
  },
  {
    contract: withdrawNotice,
    as: 'veteranA',
    input: async (w) => ({ noticeId: await noticeInGridA(w, N2) }),
    expect: 'FORBIDDEN',
  },
  {
    contract: withdrawNotice,
    as: 'streetB',
    input: async (w) => ({ noticeId: await noticeInGridA(w, N2) }),
    expect: 'NOT_FOUND',
  },
  {
    contract: withdrawNotice,
    as: 'streetA',
    input: async (w) => ({ noticeId: await noticeInGridA(w, N2) }),
    expect: 'ok',
    note: 'staff above the scope',
  },

  { contract: listNotices, as: 'anonymous', input: {}, expect: 'UNAUTHENTICATED' },
  { contract: listNotices, as: 'veteranB', input: {}, expect: 'ok' },
  {
    contract: noticeDetail,
    as: 'veteranB',
    input: async (w) => ({ noticeId: await noticeInGridA(w, N1) }),
    expect: 'NOT_FOUND',
    note: 'another grid never sees it',
  },
  {
    contract: noticeDetail,
    as: 'newUser',
    input: async (w) => ({ noticeId: await noticeInGridA(w, N1) }),
    expect: 'NOT_FOUND',
  },
  {
    contract: noticeDetail,
    as: 'veteranA',
    input: async (w) => ({ noticeId: await noticeInGridA(w, N1) }),
    expect: 'ok',
  },
  {
    contract: noticeDetail,
    as: 'district',
    input: async (w) => ({ noticeId: await noticeInGridA(w, N1) }),
    expect: 'ok',
  },
  {
    contract: markNoticeRead,
    as: 'veteranB',
    input: async (w) => ({ noticeId: await noticeInGridA(w, N1) }),
    expect: 'NOT_FOUND',
  },
  {
    contract: markNoticeRead,
    as: 'veteranA',
    input: async (w) => ({ noticeId: await noticeInGridA(w, N1), ack: true }),
    expect: 'ok',
  },

  {
    contract: receiptSummary,
    as: 'veteranA',
    input: async (w) => ({ noticeId: await noticeInGridA(w, N1) }),
    expect: 'FORBIDDEN',
  },
  {
    contract: receiptSummary,
    as: 'streetB',
    input: async (w) => ({ noticeId: await noticeInGridA(w, N1) }),
    expect: 'NOT_FOUND',
  },
  {
    contract: receiptSummary,
    as: 'gridLeaderA',
    input: async (w) => ({ noticeId: await noticeInGridA(w, N1) }),
    expect: 'ok',
  },
  {
    contract: receiptSummary,
    as: 'stationA',
    input: async (w) => ({ noticeId: await noticeInGridA(w, N1) }),
    expect: 'ok',
  },
  {
    contract: gridUnreadList,
    as: 'veteranA',
    input: async (w) => ({ noticeId: await noticeInGridA(w, N1), gridId: 'g-10-01-3' }),
    expect: 'FORBIDDEN',
  },
  {
    contract: gridUnreadList,
    as: 'gridMemberB',
    input: async (w) => ({ noticeId: await noticeInGridA(w, N1), gridId: 'g-10-01-3' }),
    expect: 'NOT_FOUND',
  },
  {
    contract: gridUnreadList,
    as: 'gridMemberA',
    input: async (w) => ({ noticeId: await noticeInGridA(w, N1) }),
    expect: 'ok',
  },
  {
    contract: gridUnreadList,
    as: 'gridLeaderA',
    input: async (w) => ({ noticeId: await noticeInGridA(w, N1), reveal: true }),
    expect: 'ok',
    note: 'reveal is logged',
  },

  { contract: noticeScopes, as: 'anonymous', input: {}, expect: 'UNAUTHENTICATED' },
  { contract: noticeScopes, as: 'gridMemberA', input: { parentId: 'c-10-01' }, expect: 'FORBIDDEN' },
  { contract: noticeScopes, as: 'streetB', input: { parentId: 's-10' }, expect: 'FORBIDDEN' },
  { contract: noticeScopes, as: 'streetA', input: { parentId: 's-10' }, expect: 'ok' },
  { contract: noticeScopes, as: 'veteranA', input: {}, expect: 'ok', note: 'no scopes' },

  { contract: uploadNoticeImage, as: 'anonymous', input: PNG, expect: 'UNAUTHENTICATED' },
  {
    contract: uploadNoticeImage,
    as: 'veteranA',
    input: PNG,
    expect: 'FORBIDDEN',
    note: 'only those who may publish somewhere',
  },
  { contract: uploadNoticeImage, as: 'recruitStaff', input: PNG, expect: 'FORBIDDEN' },
  { contract: uploadNoticeImage, as: 'gridMemberA', input: PNG, expect: 'ok' },
  { contract: uploadNoticeImage, as: 'district', input: PNG, expect: 'ok' },
];
