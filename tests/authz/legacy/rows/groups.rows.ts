import type { AuthzCase } from '../case';
import { pngImage } from '../../../support/png-image';
import type { World } from '../world';
import {
  addGroupMembers,
  createGroup,
  groupHistory,
  groupImageUrls,
  groupMembers,
  markGroupRead,
  myGroups,
  openGroup,
  postMessage,
  recallMessage,
  removeGroupMembers,
  setAnnouncement,
  setAnnouncementsOnly,
  syncGroup,
  uploadGroupImage,
} from '../../../../types/groups/contracts';

const A = 'grid__g-10-01-3';
const PNG = pngImage().toString('base64');

/** Inserts a document straight into the store once (rows build their own fixtures). */
function ensure(w: World, collection: string, doc: { _id: string } & Record<string, unknown>): void {
  if (!w.find(collection, { _id: doc._id }).length) w.cloud.db.importDocuments(collection, [doc]);
}

/** A message of veteran A, just sent (recallable). */
function messageOfVeteranA(w: World, id: string) {
  const now = new Date();
  ensure(w, 'messages', {
    _id: id,
    groupId: A,
    senderOpenid: 'demo-veteran-1',
    senderName: '张建国',
    senderLabel: '退役军人',
    kind: 'text',
    text: '测试',
    imageFileId: null,
    mentions: [],
    recalled: false,
    createdAt: now,
    rev: id,
  });
  return { messageId: id };
}

/** An explicit group owned by street A (南屏镇), with veteran A as a member. */
async function streetAGroup(w: World) {
  const district = (await w.veteranOf('demo-veteran-1')).orgPath[0];
  const now = new Date();
  ensure(w, 'groups', {
    _id: 'grp__authz',
    kind: 'explicit',
    name: '党小组',
    orgPath: [district, 's-10'],
    gridId: null,
    announcement: null,
    announcementsOnly: false,
    createdBy: 'x',
    createdAt: now,
    updatedAt: now,
  });
  ensure(w, 'groupMembers', {
    _id: 'grp__authz__demo-veteran-1',
    groupId: 'grp__authz',
    openid: 'demo-veteran-1',
    name: '张建国',
    role: 'member',
    addedBy: 'x',
    addedAt: now,
  });
  return 'grp__authz';
}

const fileIn = (groupId: string) =>
  `cloud://vetgrid-local.6d6f636b-vetgrid-local-1300000000/groups/${groupId}/none.png`;

export const cases: AuthzCase[] = [
  { contract: myGroups, as: 'anonymous', input: {}, expect: 'UNAUTHENTICATED' },
  { contract: myGroups, as: 'veteranA', input: {}, expect: 'ok' },
  { contract: myGroups, as: 'streetA', input: {}, expect: 'ok', note: 'staff above grids: no grid group of their own' },

  { contract: openGroup, as: 'anonymous', input: { groupId: A }, expect: 'UNAUTHENTICATED' },
  { contract: openGroup, as: 'newUser', input: { groupId: A }, expect: 'FORBIDDEN' },
  { contract: openGroup, as: 'veteranB', input: { groupId: A }, expect: 'FORBIDDEN', note: 'another grid' },
  { contract: openGroup, as: 'gridMemberB', input: { groupId: A }, expect: 'FORBIDDEN' },
  { contract: openGroup, as: 'streetB', input: { groupId: A }, expect: 'FORBIDDEN', note: 'outside the jurisdiction' },
  { contract: openGroup, as: 'recruitHead', input: { groupId: A }, expect: 'FORBIDDEN' },
  { contract: openGroup, as: 'agencyStaff', input: { groupId: A }, expect: 'FORBIDDEN' },
  { contract: openGroup, as: 'veteranA', input: { groupId: 'grid__nope' }, expect: 'NOT_FOUND' },
  { contract: openGroup, as: 'veteranA', input: { groupId: A }, expect: 'ok' },
  { contract: openGroup, as: 'gridMemberA', input: { groupId: A }, expect: 'ok' },
  { contract: openGroup, as: 'stationA', input: { groupId: A }, expect: 'ok', note: 'staff above read' },
  { contract: openGroup, as: 'district', input: { groupId: A }, expect: 'ok' },

  { contract: syncGroup, as: 'veteranB', input: { groupId: A, cursor: '' }, expect: 'FORBIDDEN' },
  { contract: syncGroup, as: 'veteranA', input: { groupId: A, cursor: '' }, expect: 'ok' },
  { contract: groupHistory, as: 'gridMemberB', input: { groupId: A, before: '~' }, expect: 'FORBIDDEN' },
  { contract: groupHistory, as: 'gridLeaderA', input: { groupId: A, before: '~' }, expect: 'ok' },
  { contract: markGroupRead, as: 'veteranB', input: { groupId: A, key: '1' }, expect: 'FORBIDDEN' },
  { contract: markGroupRead, as: 'veteranA', input: { groupId: A, key: '1' }, expect: 'ok' },
  { contract: groupMembers, as: 'veteranB', input: { groupId: A }, expect: 'FORBIDDEN' },
  { contract: groupMembers, as: 'veteranA', input: { groupId: A }, expect: 'ok' },

  { contract: postMessage, as: 'anonymous', input: { groupId: A, text: '你好' }, expect: 'UNAUTHENTICATED' },
  { contract: postMessage, as: 'newUser', input: { groupId: A, text: '你好' }, expect: 'FORBIDDEN' },
  { contract: postMessage, as: 'veteranB', input: { groupId: A, text: '你好' }, expect: 'FORBIDDEN' },
  {
    contract: postMessage,
    as: 'stationA',
    input: { groupId: A, text: '你好' },
    expect: 'FORBIDDEN',
    note: 'staff above read and pin, do not post',
  },
  { contract: postMessage, as: 'veteranA', input: { groupId: A, text: '你好' }, expect: 'ok' },
  { contract: postMessage, as: 'gridMemberA', input: { groupId: A, text: '通知大家' }, expect: 'ok' },

  {
    contract: recallMessage,
    as: 'veteranB',
    input: (w) => messageOfVeteranA(w, '9999999999990authz01'),
    expect: 'NOT_FOUND',
    note: "someone else's message",
  },
  {
    contract: recallMessage,
    as: 'gridLeaderA',
    input: (w) => messageOfVeteranA(w, '9999999999990authz01'),
    expect: 'NOT_FOUND',
  },
  { contract: recallMessage, as: 'veteranA', input: (w) => messageOfVeteranA(w, '9999999999990authz02'), expect: 'ok' },

  { contract: setAnnouncement, as: 'veteranA', input: { groupId: A, text: '公告' }, expect: 'FORBIDDEN' },
  { contract: setAnnouncement, as: 'gridMemberB', input: { groupId: A, text: '公告' }, expect: 'FORBIDDEN' },
  { contract: setAnnouncement, as: 'gridMemberA', input: { groupId: A, text: '每月5日走访' }, expect: 'ok' },
  { contract: setAnnouncement, as: 'streetA', input: { groupId: A, text: '每月5日走访' }, expect: 'ok' },
  { contract: setAnnouncementsOnly, as: 'veteranA', input: { groupId: A, on: true }, expect: 'FORBIDDEN' },
  {
    contract: setAnnouncementsOnly,
    as: 'gridMemberA',
    input: { groupId: A, on: true },
    expect: 'FORBIDDEN',
    note: 'the leader switches it',
  },
  { contract: setAnnouncementsOnly, as: 'streetB', input: { groupId: A, on: true }, expect: 'FORBIDDEN' },
  { contract: setAnnouncementsOnly, as: 'gridLeaderA', input: { groupId: A, on: false }, expect: 'ok' },

  {
    contract: uploadGroupImage,
    as: 'veteranB',
    input: { groupId: A, contentType: 'image/png', dataBase64: PNG },
    expect: 'FORBIDDEN',
  },
  {
    contract: uploadGroupImage,
    as: 'stationA',
    input: { groupId: A, contentType: 'image/png', dataBase64: PNG },
    expect: 'FORBIDDEN',
  },
  {
    contract: uploadGroupImage,
    as: 'veteranA',
    input: { groupId: A, contentType: 'image/png', dataBase64: PNG },
    expect: 'ok',
  },
  { contract: groupImageUrls, as: 'veteranB', input: { groupId: A, fileIds: [fileIn(A)] }, expect: 'FORBIDDEN' },
  {
    contract: groupImageUrls,
    as: 'veteranA',
    input: { groupId: A, fileIds: [fileIn('grid__g-01-01-1')] },
    expect: 'NOT_FOUND',
    note: "another group's file",
  },
  // A file no message of the group shows: no URL, even for a member.
  { contract: groupImageUrls, as: 'veteranA', input: { groupId: A, fileIds: [fileIn(A)] }, expect: 'NOT_FOUND' },

  { contract: createGroup, as: 'veteranA', input: { name: '党小组', orgId: 's-10' }, expect: 'FORBIDDEN' },
  { contract: createGroup, as: 'streetB', input: { name: '党小组', orgId: 's-10' }, expect: 'FORBIDDEN' },
  { contract: createGroup, as: 'gridLeaderA', input: { name: '党小组', orgId: 's-10' }, expect: 'FORBIDDEN' },
  {
    contract: createGroup,
    as: 'streetA',
    input: { name: '南屏镇党小组', orgId: 's-10', members: [{ openid: 'demo-veteran-1', name: '张建国' }] },
    expect: 'ok',
  },
  { contract: createGroup, as: 'recruitHead', input: { name: '廉洁征兵监督员群', orgId: 'u-recruit' }, expect: 'ok' },

  {
    contract: addGroupMembers,
    as: 'veteranA',
    input: async (w) => ({ groupId: await streetAGroup(w), members: [{ openid: 'x', name: '某' }] }),
    expect: 'FORBIDDEN',
    note: 'a member is not an admin',
  },
  {
    contract: addGroupMembers,
    as: 'streetB',
    input: async (w) => ({ groupId: await streetAGroup(w), members: [{ openid: 'x', name: '某' }] }),
    expect: 'FORBIDDEN',
  },
  {
    contract: addGroupMembers,
    as: 'gridLeaderA',
    input: { groupId: A, members: [{ openid: 'x', name: '某' }] },
    expect: 'PRECONDITION_FAILED',
    note: 'grid groups follow the files',
  },
  {
    contract: addGroupMembers,
    as: 'streetA',
    input: async (w) => ({ groupId: await streetAGroup(w), members: [{ openid: 'authz-x', name: '某' }] }),
    expect: 'ok',
  },
  {
    contract: removeGroupMembers,
    as: 'veteranB',
    input: async (w) => ({ groupId: await streetAGroup(w), openids: ['authz-x'] }),
    expect: 'FORBIDDEN',
  },
  {
    contract: removeGroupMembers,
    as: 'streetA',
    input: async (w) => ({ groupId: await streetAGroup(w), openids: ['authz-x'] }),
    expect: 'ok',
  },
];
