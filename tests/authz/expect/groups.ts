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
} from '../../../types/groups/contracts';
import { GRID, other, type Persona, STREET, type Side } from '../personas';
import type { World } from '../world';
import { BOUND_VETERANS, GRID_PEOPLE, GRID_TEAM, PLACE_STAFF, SIGNED_IN, VETERANS } from './shared';
import { table } from './table';
import { pngImage } from '../../support/png-image';

/**
 * groups: "every grid has a group that all its veterans are in"; grid members "broadcast policy and
 * messages to their grid's group; pin announcements"; veterans "read the grid group" and talk in it;
 * staff above the grid read it and pin, they do not chat. Explicit groups (a 党小组, supervisors) are
 * managed by staff over the node that owns them. A member list shows people, never their OPENIDs
 * (issue 13 item 4).
 */
const gridGroup = (side: Side) => `grid__${GRID[side]}`;
const PNG = pngImage().toString('base64');
const readers = GRID_PEOPLE;
const talkers: Persona[] = [...BOUND_VETERANS, ...GRID_TEAM];
const pinners = PLACE_STAFF;
const overGrid = (inScope: Persona[]) => ({
  inScope,
  outOfScope: inScope.includes('district') ? ['district' as Persona] : [],
});

function messageOf(w: World, side: Side, imageFileId: string | null = null): string {
  const vet = w.veteran(side);
  const id = w.freshId('msg');
  return w.put('messages', {
    _id: id,
    groupId: gridGroup(side),
    senderOpenid: vet.openid,
    senderName: vet.name,
    senderLabel: '退役军人',
    kind: imageFileId ? 'image' : 'text',
    text: imageFileId ? '' : '测试',
    imageFileId,
    mentions: [],
    recalled: false,
    createdAt: new Date(),
    rev: id,
  });
}

/** A 党小组 owned by the side's street, with the side's demo veteran in it. */
function streetGroup(w: World, side: Side): string {
  const vet = w.veteran(side);
  const id = `grp__authz_${side}`;
  const now = new Date();
  if (w.find('groups', { _id: id }).length) return id;
  w.put('groups', {
    _id: id,
    kind: 'explicit',
    name: '党小组',
    orgPath: ['d-xz', STREET[side]],
    gridId: null,
    announcement: null,
    announcementsOnly: false,
    createdBy: 'x',
    createdAt: now,
    updatedAt: now,
  });
  w.put('groupMembers', {
    _id: `${id}__${vet.openid}`,
    groupId: id,
    openid: vet.openid,
    key: `v:${vet._id}`,
    name: vet.name,
    role: 'member',
    addedBy: 'x',
    addedAt: now,
  });
  return id;
}
const groupManagers: Persona[] = ['streetA', 'streetB', 'district'];

export const tables = [
  table({ contract: myGroups, target: () => ({}), allowed: { inScope: SIGNED_IN, outOfScope: SIGNED_IN } }),
  table({ contract: openGroup, target: (_w, side) => ({ groupId: gridGroup(side) }), allowed: overGrid(readers) }),
  table({
    contract: syncGroup,
    target: (_w, side) => ({ groupId: gridGroup(side), cursor: '' }),
    allowed: overGrid(readers),
  }),
  table({
    contract: groupHistory,
    target: (_w, side) => ({ groupId: gridGroup(side), before: '~' }),
    allowed: overGrid(readers),
  }),
  table({
    contract: markGroupRead,
    target: (_w, side) => ({ groupId: gridGroup(side), key: '1' }),
    allowed: overGrid(readers),
  }),
  table({ contract: groupMembers, target: (_w, side) => ({ groupId: gridGroup(side) }), allowed: overGrid(readers) }),
  table({
    contract: groupMembers,
    variant: 'explicit group',
    // Its members read it (the side's veteran), and the staff who manage groups over its street.
    target: (w, side) => ({ groupId: streetGroup(w, side) }),
    allowed: overGrid([...VETERANS, ...groupManagers]),
  }),
  table({
    contract: postMessage,
    target: (_w, side) => ({ groupId: gridGroup(side), text: '大家好' }),
    allowed: overGrid(talkers),
  }),
  table({
    contract: recallMessage,
    // One's own message: the side's demo veteran's.
    target: (w, side) => ({ messageId: messageOf(w, side) }),
    allowed: { inScope: VETERANS, outOfScope: [] },
  }),
  table({
    contract: setAnnouncement,
    target: (_w, side) => ({ groupId: gridGroup(side), text: '每月5日走访' }),
    allowed: overGrid(pinners),
  }),
  table({
    contract: setAnnouncementsOnly,
    target: (_w, side) => ({ groupId: gridGroup(side), on: true }),
    // The group's setting: its leader and the staff above; not every member of the team.
    allowed: overGrid(pinners.filter((p) => p !== 'gridMemberA' && p !== 'gridMemberB')),
  }),
  table({
    contract: uploadGroupImage,
    target: (_w, side) => ({ groupId: gridGroup(side), contentType: 'image/png' as const, dataBase64: PNG }),
    allowed: overGrid(talkers),
    unplaced: 'a file id',
  }),
  table({
    contract: groupImageUrls,
    // An image a message of the group shows (members get links only for those, issue 13 item 3).
    target: (w, side) => {
      const fileId = `cloud://vetgrid-local.6d6f636b-vetgrid-local-1300000000/uploads/authz/${w.freshId('img')}.png`;
      messageOf(w, side, fileId);
      return { groupId: gridGroup(side), fileIds: [fileId] };
    },
    allowed: overGrid(readers),
    unplaced: 'links',
  }),
  table({
    contract: createGroup,
    target: (w, side) => ({
      name: '党小组',
      orgId: STREET[side],
      members: [{ key: `v:${w.veteran(side)._id}` }],
    }),
    allowed: overGrid(groupManagers),
  }),
  table({
    contract: addGroupMembers,
    target: (w, side) => ({ groupId: streetGroup(w, side), members: [{ key: `v:${w.veteran(side)._id}` }] }),
    allowed: overGrid(groupManagers),
  }),
  table({
    contract: createGroup,
    variant: 'naming a veteran of the other side',
    // A manager adds only people of their own jurisdiction (issue 13): a street's group takes no veteran of
    // another street; the district's staff are over both sides.
    target: (w, side) => ({
      name: '党小组',
      orgId: STREET[side],
      members: [{ key: `v:${w.veteran(other(side))._id}` }],
    }),
    allowed: { inScope: ['district'], outOfScope: ['district'] },
  }),
  table({
    contract: addGroupMembers,
    variant: 'adding a veteran of the other side',
    target: (w, side) => ({ groupId: streetGroup(w, side), members: [{ key: `v:${w.veteran(other(side))._id}` }] }),
    allowed: { inScope: ['district'], outOfScope: ['district'] },
  }),
  table({
    contract: removeGroupMembers,
    target: (w, side) => ({ groupId: streetGroup(w, side), keys: [`v:${w.veteran(side)._id}`] }),
    allowed: overGrid(groupManagers),
  }),
];
