/** @jest-environment node */
import { branchNameOf } from '../../types/party/model';
import { DEMO_GRID_ID } from '../../seed/district/xiangzhou-demo';
import { generated } from './generated-district';

/**
 * The demo district's party organisation (issue 15): something to try and to test. Expected values come from a
 * scan of the generated files and orgs, as `syncBranchMembers` defines membership (party member of this
 * branch by name, under its node, living in the district).
 */
describe.each(['tiny', 'full'] as const)('party organisation of the %s district', (size) => {
  const d = generated(size).district;
  const demoGrid = d.orgs.find((o) => o._id === DEMO_GRID_ID)!;
  const [, streetId, communityId] = demoGrid.path;
  const accountOf = (openid: string) => d.accounts.find((a) => a._id === openid)!;

  test('a 退役军人党支部 at the demo street and each of its communities; a 党小组 per grid of the demo community', () => {
    const nodes = d.orgs.filter((o) => o._id === streetId || (o.kind === 'community' && o.path[1] === streetId));
    expect(d.partyBranches.map((b) => b.orgId).sort()).toEqual(nodes.map((n) => n._id).sort());
    for (const b of d.partyBranches) {
      const node = nodes.find((n) => n._id === b.orgId)!;
      expect(b.name).toBe(`${node.name}退役军人党支部`);
      expect(d.groups.find((g) => g._id === b.groupId)).toMatchObject({ kind: 'explicit', orgPath: [b._id] });
    }
    const grids = d.orgs.filter((o) => o.kind === 'grid' && o.path[2] === communityId).map((g) => g._id);
    expect(d.partySmallGroups.map((g) => g.gridId).sort()).toEqual(grids.sort());
    expect(d.partySmallGroups.every((g) => g.branchId === `branch-${communityId}`)).toBe(true);
  });

  test('members are the files that name the branch, placed in their grid’s 党小组; the demo grid has at least three', () => {
    for (const b of d.partyBranches) {
      const files = d.veterans.filter(
        (v) =>
          v.orgPath.includes(b.orgId) && v.party.member && v.party.branch === b.name && v.lifeStatus === 'in_district',
      );
      const members = d.partyMembers.filter((m) => m.branchId === b._id);
      expect(members.map((m) => m.veteranId).sort()).toEqual(files.map((f) => f._id).sort());
    }
    const inGrid = d.partyMembers.filter((m) => m.smallGroupId === `psg-${DEMO_GRID_ID}`);
    expect(inGrid.length).toBeGreaterThanOrEqual(3);
    expect(inGrid.every((m) => m.gridId === DEMO_GRID_ID)).toBe(true);
    // 张建国, the demo veteran, is one of them.
    expect(inGrid.map((m) => m.openid)).toContain('demo-veteran-1');
  });

  test('a demo secretary (a bound member of the demo grid) and a demo 党务工作者 over the street, on the demo sign-in list', () => {
    const community = d.orgs.find((o) => o._id === communityId)!;
    const secretary = accountOf('demo-party-secretary');
    const file = d.veterans.find((v) => v._id === secretary.veteranId)!;
    expect(file).toMatchObject({
      gridId: DEMO_GRID_ID,
      openid: 'demo-party-secretary',
      party: { member: true, branch: branchNameOf(community.name) },
    });
    const posts = (openid: string) => d.partyPosts.filter((p) => accountOf(openid).partyPostIds?.includes(p._id));
    expect(posts('demo-party-secretary')).toMatchObject([
      { post: 'secretary', orgId: `branch-${communityId}`, status: 'active' },
    ]);
    const affairs = d.demoPeople.find((p) => p.role === 'party_staff')!;
    expect(posts(affairs.openid)).toMatchObject([{ post: 'affairs', orgId: streetId, status: 'active' }]);
    expect(d.demoPeople.find((p) => p.role === 'party_secretary')?.label).toBe(
      `${file.name}（党支部书记，${community.name}退役军人党支部）`,
    );
    // The secretary administers the branch's group and every small group's.
    const admins = d.groupMembers.filter((m) => m.openid === 'demo-party-secretary' && m.role === 'admin');
    expect(admins).toHaveLength(1 + d.partySmallGroups.length);
  });

  test('past meetings recorded with present, excused and absent; one to come', () => {
    const recorded = d.partyMeetings.filter((m) => m.status === 'recorded');
    expect(recorded.map((m) => m.kind).sort()).toEqual(['branch_assembly', 'small_group']);
    const statuses = new Set(recorded.flatMap((m) => m.roster.map((r) => r.status)));
    expect([...statuses].sort()).toEqual(['absent', 'excused', 'present']);
    const groupMeeting = recorded.find((m) => m.kind === 'small_group')!;
    const groupMembers = d.partyMembers.filter((m) => m.smallGroupId === groupMeeting.smallGroupId);
    expect(groupMeeting.rosterIds.sort()).toEqual(groupMembers.map((m) => m.veteranId).sort());
    expect(recorded.every((m) => m.minutes.length >= 10 && m.startAt < new Date())).toBe(true);
    const upcoming = d.partyMeetings.filter((m) => m.status === 'scheduled');
    expect(upcoming).toHaveLength(1);
    expect(upcoming[0].roster.every((r) => r.status === null)).toBe(true);
  });
});
