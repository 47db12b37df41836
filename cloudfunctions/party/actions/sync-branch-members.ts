import { syncBranchMembers } from '../../../types/party/organisation';
import type { PartyMemberDoc, PartyPostDoc } from '../../../types/party/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import { defineAction } from '../../_kernel/action';
import { orgPathKey } from '../../_domain/jurisdiction';
import { addExplicitMembers, removeExplicitMembers } from '../../_domain/groups/explicit-groups';
import { keptBranch, smallGroupsOf } from '../lib/load';

const PAGE = 1000;

/**
 * Membership from the files: every file under the branch's node living in the district, marked a party
 * member of this branch (by its name, as the ledger holds it). Members are placed in their grid's small
 * group where there is one; bound members join the branch's (and small group's) group; those who left
 * (moved, branch changed) leave them.
 */
export default defineAction(syncBranchMembers, async ({ branchId }, ctx) => {
  const branch = await keptBranch(ctx, branchId);
  const me = await ctx.caller();
  const key = orgPathKey(branch.orgPath.length - 1);
  const files: VeteranDoc[] = [];
  for (let skip = 0; ; skip += PAGE) {
    const page = await ctx.read.many<VeteranDoc>(
      'veterans',
      { [key]: branch.orgId, 'party.member': true, 'party.branch': branch.name, lifeStatus: 'in_district' },
      { limit: PAGE, skip, orderBy: [['_id', 'asc']], fields: { name: true, gridId: true, openid: true } },
    );
    files.push(...page);
    if (page.length < PAGE) break;
  }
  const groups = new Map((await smallGroupsOf(ctx, branch._id)).map((g) => [g.gridId, g]));
  const before = await ctx.read.many<PartyMemberDoc>('partyMembers', { branchId, active: true }, { limit: 1000 });
  const now = new Set(files.map((f) => f._id));
  const left = before.filter((m) => !now.has(m._id));
  for (let i = 0; i < files.length; i += 20) {
    await Promise.all(
      files.slice(i, i + 20).map((f) => {
        const group = groups.get(f.gridId) ?? null;
        const doc: Omit<PartyMemberDoc, '_id'> = {
          branchId,
          smallGroupId: group?._id ?? null,
          veteranId: f._id,
          name: f.name,
          gridId: f.gridId,
          openid: f.openid ?? null,
          path: group ? group.path : branch.path,
          active: true,
          syncedAt: ctx.now,
        };
        return ctx.db.collection('partyMembers').doc(f._id).set({ data: doc });
      }),
    );
  }
  if (left.length)
    await ctx.db
      .collection('partyMembers')
      .where({ _id: ctx._.in(left.map((m) => m._id)), branchId })
      .update({ data: { active: false, syncedAt: ctx.now } });
  const bound = files.filter((f) => f.openid);
  await addExplicitMembers(
    ctx,
    branch.groupId,
    bound.map((f) => ({ openid: f.openid as string, name: f.name, key: `v:${f._id}` as const })),
    me.openid,
  );
  for (const [gridId, group] of groups) {
    const inGrid = bound.filter((f) => f.gridId === gridId);
    if (inGrid.length)
      await addExplicitMembers(
        ctx,
        group.groupId,
        inGrid.map((f) => ({ openid: f.openid as string, name: f.name, key: `v:${f._id}` as const })),
        me.openid,
      );
  }
  const gone = left.map((m) => m.openid).filter((o): o is string => Boolean(o));
  if (gone.length) {
    await removeExplicitMembers(ctx, branch.groupId, gone);
    for (const group of groups.values()) await removeExplicitMembers(ctx, group.groupId, gone);
  }
  // Re-adding members writes them as plain members: the secretary stays the groups' admin.
  const secretary = await ctx.read.one<PartyPostDoc>('partyPosts', {
    post: 'secretary',
    orgId: branchId,
    status: 'active',
  });
  if (secretary)
    for (const groupId of [branch.groupId, ...[...groups.values()].map((g) => g.groupId)])
      await addExplicitMembers(
        ctx,
        groupId,
        [{ openid: secretary.openid, name: secretary.name, key: secretary.key, role: 'admin' }],
        me.openid,
      );
  return { members: files.length, bound: bound.length, left: left.length };
});
