import {
  appointPartyPost,
  branchMembers,
  myBranches,
  setUpBranch,
  setUpSmallGroup,
  syncBranchMembers,
} from '../../../types/party/organisation';
import {
  exportMeetings,
  listMeetings,
  meetingDetail,
  memberParticipation,
  myPartyLife,
  recordMeeting,
  scheduleMeeting,
  uploadMeetingPhoto,
} from '../../../types/party/meetings';
import { COMMUNITY, DISTRICT, GRID, STREET, type Side } from '../personas';
import type { World } from '../world';
import { SIGNED_IN, VETERANS } from './shared';
import { table } from './table';

/**
 * party (issue 15 item 1): "party member / volunteer: take part in the grid's 党小组 and the branch's
 * 组织生活". Membership is sensitive: the branch's secretary and party-affairs staff (posts none of the
 * personas hold) keep the branch, its members and its meetings; the grid team, the station, the street and
 * the district as such do not. The district's staff appoint party-affairs workers over a street.
 * A member reads their own party life.
 */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const nobody = { inScope: [], outOfScope: [] };

/** The side's community branch with its grid's small group and the side's demo veteran as a member. */
function branchOf(w: World, side: Side): { branchId: string; smallGroupId: string } {
  const branchId = `branch-${COMMUNITY[side]}`;
  const smallGroupId = `psg-${GRID[side]}`;
  if (w.find('partyBranches', { _id: branchId }).length) return { branchId, smallGroupId };
  const now = new Date();
  const orgPath = [DISTRICT, STREET[side], COMMUNITY[side]];
  w.put('partyBranches', {
    _id: branchId,
    name: '退役军人党支部',
    level: 'community',
    orgId: COMMUNITY[side],
    orgPath,
    path: [...orgPath, branchId],
    groupId: `party__${branchId}`,
    createdBy: 'x',
    createdAt: now,
  });
  w.put('partySmallGroups', {
    _id: smallGroupId,
    name: '退役军人党小组',
    branchId,
    gridId: GRID[side],
    path: [...orgPath, branchId, smallGroupId],
    groupId: `party__${smallGroupId}`,
    createdBy: 'x',
    createdAt: now,
  });
  const vet = w.veteran(side);
  w.put('partyMembers', {
    _id: vet._id,
    branchId,
    smallGroupId,
    veteranId: vet._id,
    name: vet.name,
    gridId: GRID[side],
    openid: vet.openid,
    path: [...orgPath, branchId, smallGroupId],
    active: true,
    syncedAt: now,
  });
  return { branchId, smallGroupId };
}

function meetingOf(w: World, side: Side): string {
  const { branchId, smallGroupId } = branchOf(w, side);
  const vet = w.veteran(side);
  const id = w.freshId('mtg');
  const past = new Date(Date.now() - 3_600_000);
  w.put('partyMeetings', {
    _id: id,
    kind: 'small_group',
    branchId,
    smallGroupId,
    path: [DISTRICT, STREET[side], COMMUNITY[side], branchId, smallGroupId],
    subject: '党小组会',
    place: '社区党群服务中心',
    startAt: past,
    roster: [{ veteranId: vet._id, name: vet.name, status: null }],
    rosterIds: [vet._id],
    status: 'scheduled',
    minutes: '',
    photoFileIds: [],
    remindedAt: null,
    createdBy: 'x',
    createdAt: past,
    recordedAt: null,
    updatedAt: past,
  });
  return id;
}

const period = (w: World, side: Side) => ({
  branchId: branchOf(w, side).branchId,
  from: '2020-01-01',
  to: '2030-12-31',
});

export const tables = [
  table({ contract: setUpBranch, target: (_w, side) => ({ orgId: COMMUNITY[side] }), allowed: nobody }),
  table({ contract: setUpSmallGroup, target: (_w, side) => ({ gridId: GRID[side] }), allowed: nobody }),
  table({
    contract: appointPartyPost,
    // A party-affairs worker over the side's street: one of the street's own bound staff.
    target: (w, side) => ({
      post: 'affairs' as const,
      orgId: STREET[side],
      staffId: w.one<{ _id: string }>('staff', { orgId: STREET[side], status: 'active', openid: { $type: 'string' } })
        ._id,
    }),
    allowed: { inScope: ['district'], outOfScope: ['district'] },
  }),
  table({
    contract: syncBranchMembers,
    target: (w, side) => ({ branchId: branchOf(w, side).branchId }),
    allowed: nobody,
  }),
  table({
    contract: myBranches,
    target: () => ({}),
    allowed: { inScope: SIGNED_IN, outOfScope: SIGNED_IN },
    unplaced: 'the branches the caller keeps (none of the personas holds a party post)',
  }),
  table({ contract: branchMembers, target: (w, side) => ({ branchId: branchOf(w, side).branchId }), allowed: nobody }),
  table({
    contract: scheduleMeeting,
    target: (w, side) => ({
      kind: 'branch_assembly' as const,
      branchId: branchOf(w, side).branchId,
      subject: '支部党员大会',
      place: '社区党群服务中心',
      startAt: new Date(Date.now() + 86_400_000).toISOString(),
    }),
    allowed: nobody,
  }),
  table({
    contract: recordMeeting,
    target: (w, side) => ({
      meetingId: meetingOf(w, side),
      attendance: [{ veteranId: w.veteran(side)._id, status: 'present' as const }],
      minutes: '学习讨论，形成会议记录。',
    }),
    allowed: nobody,
  }),
  table({
    contract: uploadMeetingPhoto,
    target: () => ({ contentType: 'image/png' as const, dataBase64: PNG }),
    allowed: nobody,
  }),
  table({ contract: meetingDetail, target: (w, side) => ({ meetingId: meetingOf(w, side) }), allowed: nobody }),
  table({ contract: listMeetings, target: period, allowed: nobody }),
  table({ contract: memberParticipation, target: period, allowed: nobody }),
  table({ contract: exportMeetings, target: period, allowed: nobody }),
  table({
    contract: myPartyLife,
    // The side's demo veteran is a member of the side's branch: their own party life, nobody else's.
    // Input-less: "out of scope" builds only the other side's branch. The demo seed (seed/build-party.ts) makes
    // veteranA (张建国) a member of their community's branch anyway, so they read their own party life either
    // way; veteranB is a member only where the target made them one.
    target: (w, side) => (branchOf(w, side), {}),
    allowed: { inScope: VETERANS, outOfScope: ['veteranA'] },
    unplaced: "the caller's own branch and meetings",
  }),
];
