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
import { COMMUNITY, DISTRICT, type Persona, STREET, type Side } from '../personas';
import type { World } from '../world';
import { SIGNED_IN, VETERANS } from './shared';
import { table } from './table';

/**
 * party (issue 15 item 1): "party member / volunteer: take part in the grid's 党小组 and the branch's
 * 组织生活". Membership is sensitive, "visible to the branch's secretary and party-affairs staff, not to
 * every grid member": the branch's secretary (partySecretaryA, side A's community branch) and the
 * party-affairs worker over the street (partyStaffA) keep the branch, its members and its meetings; the grid
 * team, the station, the street and the district as such do not, nor does a member of another branch
 * (partyMemberB). Party-affairs workers set up branches and small groups under their node; the district's
 * staff appoint them. A member reads their own party life.
 */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
/** The branch's keepers: its secretary and the party-affairs worker over its street (side A's). */
const keepers = { inScope: ['partySecretaryA', 'partyStaffA'] as Persona[], outOfScope: [] as Persona[] };
/** Setting up branches and small groups: the party-affairs worker over the node. */
const organisers = { inScope: ['partyStaffA'] as Persona[], outOfScope: [] as Persona[] };

/** A node of `kind` with no branch or small group yet, under `parent` (a path): where one can be set up. */
function freshNode(w: World, kind: 'community' | 'grid', name: string, parent: string[]): string {
  const id = w.freshId(kind === 'grid' ? 'g' : 'c');
  w.put('orgs', {
    _id: id,
    kind,
    name,
    parentId: parent[parent.length - 1],
    path: [...parent, id],
    order: 99,
    createdAt: new Date(),
  });
  return id;
}

/** The side's community branch with its grid's small group and the side's demo veteran as a member. */
function branchOf(w: World, side: Side): { branchId: string; smallGroupId: string } {
  const { branchId, smallGroupId } = w.partyBranch(side);
  w.partyMember(side, w.veteran(side));
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
  table({
    contract: setUpBranch,
    target: (w, side) => ({ orgId: freshNode(w, 'community', '新建社区', [DISTRICT, STREET[side]]) }),
    allowed: organisers,
  }),
  table({
    contract: setUpSmallGroup,
    // A new grid of the side's community, whose branch exists (the seed's on side A, the world's on side B).
    target: (w, side) => {
      w.partyBranch(side);
      return { gridId: freshNode(w, 'grid', '第九网格', [DISTRICT, STREET[side], COMMUNITY[side]]) };
    },
    allowed: organisers,
  }),
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
    allowed: keepers,
  }),
  table({
    contract: myBranches,
    target: () => ({}),
    allowed: { inScope: SIGNED_IN, outOfScope: SIGNED_IN },
    unplaced: 'the branches the caller keeps (none of the personas holds a party post)',
  }),
  table({ contract: branchMembers, target: (w, side) => ({ branchId: branchOf(w, side).branchId }), allowed: keepers }),
  table({
    contract: scheduleMeeting,
    target: (w, side) => ({
      kind: 'branch_assembly' as const,
      branchId: branchOf(w, side).branchId,
      subject: '支部党员大会',
      place: '社区党群服务中心',
      startAt: new Date(Date.now() + 86_400_000).toISOString(),
    }),
    allowed: keepers,
  }),
  table({
    contract: recordMeeting,
    target: (w, side) => ({
      meetingId: meetingOf(w, side),
      attendance: [{ veteranId: w.veteran(side)._id, status: 'present' as const }],
      minutes: '学习讨论，形成会议记录。',
    }),
    allowed: keepers,
  }),
  table({
    contract: uploadMeetingPhoto,
    target: () => ({ contentType: 'image/png' as const, dataBase64: PNG }),
    // Input-less: a keeper uploads for their own branch's meetings wherever the cell puts them.
    allowed: { inScope: keepers.inScope, outOfScope: keepers.inScope },
  }),
  table({ contract: meetingDetail, target: (w, side) => ({ meetingId: meetingOf(w, side) }), allowed: keepers }),
  table({ contract: listMeetings, target: period, allowed: keepers }),
  table({ contract: memberParticipation, target: period, allowed: keepers }),
  table({ contract: exportMeetings, target: period, allowed: keepers }),
  table({
    contract: myPartyLife,
    // The side's demo veteran is a member of the side's branch: their own party life, nobody else's.
    // Input-less: "out of scope" builds only the other side's branch. The demo seed (seed/build-party.ts) makes
    // veteranA (张建国) a member of their community's branch anyway, so they read their own party life either
    // way; veteranB is a member only where the target made them one. The secretary is a member of side A's
    // branch and partyMemberB of side B's, whichever side the cell builds.
    target: (w, side) => (branchOf(w, side), {}),
    allowed: {
      inScope: [...VETERANS, 'partySecretaryA', 'partyMemberB'],
      outOfScope: ['veteranA', 'partySecretaryA', 'partyMemberB'],
    },
    unplaced: "the caller's own branch and meetings",
  }),
];
