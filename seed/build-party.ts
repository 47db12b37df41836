import type { AccountDoc, StaffDoc } from '../types/account/model';
import type { OrgDoc } from '../types/org/model';
import type { VeteranDoc } from '../types/veteran/model';
import type { GroupDoc, GroupMemberDoc, MemberKey } from '../types/groups/model';
import type { Attendance } from '../types/common/attendance';
import {
  branchIdOf,
  branchNameOf,
  smallGroupIdOf,
  type BranchDoc,
  type MeetingDoc,
  type PartyMemberDoc,
  type PartyPostDoc,
  type SmallGroupDoc,
} from '../types/party/model';
import type { DemoPerson } from './district/demo-cast';

export interface PartySeed {
  partyBranches: BranchDoc[];
  partySmallGroups: SmallGroupDoc[];
  partyMembers: PartyMemberDoc[];
  partyPosts: PartyPostDoc[];
  partyMeetings: MeetingDoc[];
  groups: GroupDoc[];
  groupMembers: GroupMemberDoc[];
}

/** The demo party secretary's WeChat account (a file of the demo grid is bound to it by the seed). */
export const DEMO_PARTY_SECRETARY = 'demo-party-secretary';
const DAY = 86_400_000;
const MIN_GRID_MEMBERS = 3;

interface PartyInput {
  orgs: OrgDoc[];
  staff: StaffDoc[];
  veterans: VeteranDoc[];
  accounts: AccountDoc[];
  /** The demo veterans' grid: its 党小组 is where the demo's meetings happen. */
  demoGridId: string;
  /** Files never to bind (the demo's unregistered veteran). */
  keepUnbound: Set<string>;
  /** The seat whose holder becomes the street's 党务工作者 (must be bound). */
  affairsStaffId: string;
  now: Date;
}

/**
 * 退役军人党支部 at the demo street and each of its communities, a 党小组 per grid of the demo community,
 * membership from the files as `syncBranchMembers` takes it, a secretary (a bound member of the demo grid)
 * and a 党务工作者 over the street, and some 三会一课 with attendance. Runs after everything else is
 * generated and draws no random numbers, so the rest of the district is what it was without it; it mutates
 * only party fields of a few demo-grid files and binds one of them (the secretary) to WeChat.
 */
export function buildParty(input: PartyInput): { party: PartySeed; people: Omit<DemoPerson, 'order'>[] } {
  const { orgs, veterans, now } = input;
  const grid = orgs.find((o) => o._id === input.demoGridId);
  if (!grid) throw new Error(`no demo grid ${input.demoGridId}`);
  const [, streetId, communityId] = grid.path;
  const nodes = orgs.filter((o) => o._id === streetId || (o.kind === 'community' && o.path[1] === streetId));
  const community = orgs.find((o) => o._id === communityId) as OrgDoc;
  const communityBranch = branchNameOf(community.name);

  // The demo grid needs enough members for a 党小组会 with present, excused and absent.
  const eligible = (v: VeteranDoc) => v.category === 'veteran' && v.lifeStatus === 'in_district';
  const inGrid = veterans.filter((v) => v.gridId === grid._id && eligible(v)).sort((a, b) => cmp(a._id, b._id));
  let members = inGrid.filter((v) => v.party.member && v.party.branch === communityBranch).length;
  for (const v of inGrid) {
    if (members >= MIN_GRID_MEMBERS) break;
    if (v.party.member && v.party.branch === communityBranch) continue;
    v.party = { member: true, branch: communityBranch };
    members += 1;
  }
  // The secretary: an unbound member of the demo grid (or an unbound file made one), bound to the demo account.
  const unbound = inGrid.filter((v) => !v.openid && !input.keepUnbound.has(v._id));
  const secretaryFile =
    unbound.find((v) => v.party.member && v.party.branch === communityBranch) ?? unbound[unbound.length - 1];
  if (!secretaryFile) throw new Error('no unbound file in the demo grid to be the party secretary');
  secretaryFile.party = { member: true, branch: communityBranch };
  secretaryFile.openid = DEMO_PARTY_SECRETARY;
  // Files are created at least 60 days before now (seed/build-veterans.ts): bound after, updated then.
  secretaryFile.boundAt = new Date(now.getTime() - 60 * DAY);
  if (secretaryFile.updatedAt < secretaryFile.boundAt) secretaryFile.updatedAt = secretaryFile.boundAt;
  input.accounts.push({
    _id: DEMO_PARTY_SECRETARY,
    veteranId: secretaryFile._id,
    staffIds: [],
    supervisorIds: [],
    registrationId: null,
    createdAt: secretaryFile.boundAt,
  });

  const at = (days: number) => new Date(now.getTime() - days * DAY);
  const founded = at(700);
  const party = emptyParty();
  const group = (_id: string, name: string, orgPath: string[]) =>
    party.groups.push({
      _id,
      kind: 'explicit',
      name,
      orgPath,
      gridId: null,
      announcement: null,
      announcementsOnly: false,
      createdBy: 'seed',
      createdAt: founded,
      updatedAt: founded,
    });
  const join = (groupId: string, openid: string, key: MemberKey, name: string, role: 'member' | 'admin') =>
    party.groupMembers.push({
      _id: `${groupId}__${openid}`,
      groupId,
      openid,
      key,
      name,
      role,
      addedBy: 'seed',
      addedAt: founded,
    });

  for (const node of nodes) {
    const id = branchIdOf(node._id);
    const branch: BranchDoc = {
      _id: id,
      name: branchNameOf(node.name),
      level: node.kind === 'street' ? 'street' : 'community',
      orgId: node._id,
      orgPath: node.path,
      path: [...node.path, id],
      groupId: `party__${id}`,
      createdBy: 'seed',
      createdAt: founded,
    };
    party.partyBranches.push(branch);
    group(branch.groupId, branch.name, [id]);
    const smallGroups =
      node._id === community._id ? gridsOf(orgs, node._id).map((g) => smallGroupOf(g, branch, founded)) : [];
    for (const g of smallGroups) {
      party.partySmallGroups.push(g);
      group(g.groupId, g.name, [branch._id, g._id]);
    }
    const files = veterans
      .filter((v) => v.orgPath[node.path.length - 1] === node._id && v.party.member && v.party.branch === branch.name)
      .filter((v) => v.lifeStatus === 'in_district')
      .sort((a, b) => cmp(a._id, b._id));
    for (const f of files) {
      const sg = smallGroups.find((g) => g.gridId === f.gridId) ?? null;
      party.partyMembers.push({
        _id: f._id,
        branchId: id,
        smallGroupId: sg?._id ?? null,
        veteranId: f._id,
        name: f.name,
        gridId: f.gridId,
        openid: f.openid,
        path: sg ? sg.path : branch.path,
        active: true,
        syncedAt: founded,
      });
      if (!f.openid || f.openid === DEMO_PARTY_SECRETARY) continue;
      join(branch.groupId, f.openid, `v:${f._id}`, f.name, 'member');
      if (sg) join(sg.groupId, f.openid, `v:${f._id}`, f.name, 'member');
    }
  }

  const branch = party.partyBranches.find((b) => b.orgId === community._id) as BranchDoc;
  const secretary: PartyPostDoc = {
    _id: `post-secretary-${branch._id}`,
    post: 'secretary',
    orgId: branch._id,
    orgPath: branch.path,
    openid: DEMO_PARTY_SECRETARY,
    name: secretaryFile.name,
    key: `v:${secretaryFile._id}`,
    status: 'active',
    appointedBy: 'seed',
    appointedAt: secretaryFile.boundAt,
  };
  for (const g of [branch.groupId, ...party.partySmallGroups.map((s) => s.groupId)])
    join(g, DEMO_PARTY_SECRETARY, secretary.key, secretary.name, 'admin');
  const affairsSeat = input.staff.find((s) => s._id === input.affairsStaffId);
  if (!affairsSeat?.openid) throw new Error(`the party-affairs seat ${input.affairsStaffId} is not bound`);
  const street = orgs.find((o) => o._id === streetId) as OrgDoc;
  const affairs: PartyPostDoc = {
    _id: `post-affairs-${street._id}`,
    post: 'affairs',
    orgId: street._id,
    orgPath: street.path,
    openid: affairsSeat.openid,
    name: affairsSeat.name,
    key: `s:${affairsSeat._id}`,
    status: 'active',
    appointedBy: 'seed',
    appointedAt: founded,
  };
  party.partyPosts.push(secretary, affairs);
  for (const post of party.partyPosts) {
    const account = input.accounts.find((a) => a._id === post.openid);
    if (!account) throw new Error(`no account for ${post.openid}`);
    account.partyPostIds = [...(account.partyPostIds ?? []), post._id];
  }

  const smallGroup = party.partySmallGroups.find((g) => g.gridId === grid._id) as SmallGroupDoc;
  const roster = (of: PartyMemberDoc[]) =>
    of.map((m) => ({ veteranId: m.veteranId, name: m.name })).sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  const branchMembers = roster(party.partyMembers.filter((m) => m.branchId === branch._id));
  const groupMembers = roster(party.partyMembers.filter((m) => m.smallGroupId === smallGroup._id));
  const meeting = (n: number, spec: Pick<MeetingDoc, 'kind' | 'subject' | 'place' | 'minutes'> & { days: number }) => {
    const forGroup = spec.kind === 'small_group';
    const people = forGroup ? groupMembers : branchMembers;
    // 09:30 in Shanghai (01:30 UTC) of that day: when meetings are held, not the seed's clock time.
    const startAt = new Date(Math.floor(at(spec.days).getTime() / DAY) * DAY + 90 * 60_000);
    const held = spec.days > 0;
    const statusOf = (i: number): Attendance => (i % 4 === 1 ? 'excused' : i % 6 === 2 ? 'absent' : 'present');
    party.partyMeetings.push({
      _id: `pm-seed-${n}`,
      kind: spec.kind,
      branchId: branch._id,
      smallGroupId: forGroup ? smallGroup._id : null,
      path: forGroup ? smallGroup.path : branch.path,
      subject: spec.subject,
      place: spec.place,
      startAt,
      roster: people.map((p, i) => ({ ...p, status: held ? statusOf(i) : null })),
      rosterIds: people.map((p) => p.veteranId),
      status: held ? 'recorded' : 'scheduled',
      minutes: held ? spec.minutes : '',
      photoFileIds: [],
      remindedAt: held ? new Date(startAt.getTime() - DAY) : null,
      createdBy: DEMO_PARTY_SECRETARY,
      createdAt: new Date(startAt.getTime() - 7 * DAY),
      recordedAt: held ? new Date(startAt.getTime() + 3 * 3_600_000) : null,
      updatedAt: held ? new Date(startAt.getTime() + 3 * 3_600_000) : new Date(startAt.getTime() - 7 * DAY),
    });
  };
  meeting(1, {
    kind: 'branch_assembly',
    subject: '学习退役军人保障法，讨论支部年度工作计划',
    place: `${community.name}党群服务中心二楼会议室`,
    minutes:
      '书记传达上级文件精神，领学退役军人保障法有关条款；党员讨论本年度支部工作计划，提出增加走访困难老党员的安排。',
    days: 45,
  });
  meeting(2, {
    kind: 'small_group',
    subject: `${grid.name}党小组学习交流`,
    place: `${community.name}${grid.name}网格工作站`,
    minutes: '组长带领学习党章第一章；各位党员交流近期参加网格巡查和志愿服务的体会，商定下月入户走访分工。',
    days: 20,
  });
  meeting(3, {
    kind: 'theme_day',
    subject: '主题党日：重温入党誓词，清洁家园',
    place: `${community.name}党群服务中心门口`,
    minutes: '',
    days: -6,
  });

  const people: Omit<DemoPerson, 'order'>[] = [
    {
      openid: DEMO_PARTY_SECRETARY,
      label: `${secretaryFile.name}（党支部书记，${branch.name}）`,
      role: 'party_secretary',
      description: '退役军人党支部书记：查看支部和党小组的党员，安排三会一课，登记出席情况和会议记录，导出三会一课台账',
    },
    {
      openid: affairs.openid,
      label: `${affairs.name}（党务工作者，${street.name}）`,
      role: 'party_staff',
      description: '镇街党务工作者：查看全镇各退役军人党支部的党员和组织生活，统计党员参加情况',
    },
  ];
  return { party, people };
}

/** No party organisation (a district without a demo cast). */
export function emptyParty(): PartySeed {
  return {
    partyBranches: [],
    partySmallGroups: [],
    partyMembers: [],
    partyPosts: [],
    partyMeetings: [],
    groups: [],
    groupMembers: [],
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function gridsOf(orgs: OrgDoc[], communityId: string): OrgDoc[] {
  return orgs.filter((o) => o.kind === 'grid' && o.path[2] === communityId).sort((a, b) => cmp(a._id, b._id));
}

function smallGroupOf(grid: OrgDoc, branch: BranchDoc, createdAt: Date): SmallGroupDoc {
  const id = smallGroupIdOf(grid._id);
  return {
    _id: id,
    name: `${grid.name}退役军人党小组`,
    branchId: branch._id,
    gridId: grid._id,
    path: [...branch.path, id],
    groupId: `party__${id}`,
    createdBy: 'seed',
    createdAt,
  };
}
