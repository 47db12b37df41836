import { appointPartyPost } from '../../../types/party/organisation';
import type { BranchDoc, PartyMemberDoc, PartyPostDoc } from '../../../types/party/model';
import type { StaffDoc } from '../../../types/account/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';
import { addExplicitMembers } from '../../_domain/groups/explicit-groups';
import { nodeOfKind, smallGroupsOf } from '../lib/load';

/**
 * A branch's secretary: a bound member of the branch, appointed by party-affairs staff over it (the previous
 * secretary's post ends), and made admin of the branch's and its small groups' groups. A party-affairs
 * worker: a bound staff seat, appointed over a street or the district by the district's staff.
 */
export default defineAction(appointPartyPost, async (input, ctx) => {
  const { _ } = ctx;
  const me = await ctx.caller();
  let post: PartyPostDoc;
  let groups: string[] = [];
  if (input.post === 'secretary') {
    const branch = await ctx.read.byId<BranchDoc>('partyBranches', input.branchId);
    if (!branch) throw new AppError('NOT_FOUND', '没有找到该党支部', 'branchId');
    await ctx.authorize('party:organise', { orgPath: branch.path });
    const member = await ctx.read.byId<PartyMemberDoc>('partyMembers', input.veteranId);
    if (!member || !member.active || member.branchId !== branch._id)
      throw new AppError('PRECONDITION_FAILED', '只能任命本支部的党员为书记（请先同步党员名单）', 'veteranId');
    if (!member.openid) throw new AppError('PRECONDITION_FAILED', '该党员尚未绑定微信，绑定后才能任命', 'veteranId');
    post = newPost(
      'secretary',
      branch._id,
      branch.path,
      member.openid,
      member.name,
      `v:${member.veteranId}`,
      me.openid,
      ctx.now,
    );
    groups = [branch.groupId, ...(await smallGroupsOf(ctx, branch._id)).map((g) => g.groupId)];
    await ctx.db
      .collection('partyPosts')
      .where({ post: 'secretary', orgId: branch._id, status: 'active' })
      .update({ data: { status: 'ended' } });
  } else {
    const node = await nodeOfKind(ctx, input.orgId, ['street', 'district'], 'orgId');
    await ctx.authorize('party:appoint-staff', { orgPath: node.path });
    const staff = await ctx.read.byId<StaffDoc>('staff', input.staffId);
    if (!staff || staff.status !== 'active' || !staff.openid)
      throw new AppError('PRECONDITION_FAILED', '只能任命已绑定微信的在岗工作人员', 'staffId');
    post = newPost('affairs', node._id, node.path, staff.openid, staff.name, `s:${staff._id}`, me.openid, ctx.now);
  }
  await ctx.db.collection('partyPosts').add({ data: post });
  await ctx.db
    .collection('accounts')
    .doc(post.openid)
    .update({ data: { partyPostIds: _.push([post._id]) } });
  for (const groupId of groups)
    await addExplicitMembers(
      ctx,
      groupId,
      [{ openid: post.openid, name: post.name, key: post.key, role: 'admin' }],
      me.openid,
    );
  return { postId: post._id };
});

function newPost(
  kind: PartyPostDoc['post'],
  orgId: string,
  orgPath: string[],
  openid: string,
  name: string,
  key: PartyPostDoc['key'],
  by: string,
  now: Date,
): PartyPostDoc {
  return {
    _id: newId(),
    post: kind,
    orgId,
    orgPath,
    openid,
    name,
    key,
    status: 'active',
    appointedBy: by,
    appointedAt: now,
  };
}
