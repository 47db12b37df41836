import { setUpBranch } from '../../../types/party/organisation';
import { branchIdOf, branchNameOf, type BranchDoc } from '../../../types/party/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { createExplicitGroup } from '../../_domain/groups/explicit-groups';
import { nodeOfKind } from '../lib/load';

/** A street's or community's 退役军人党支部, named as the files name it, with its group (owned by the node). */
export default defineAction(setUpBranch, async ({ orgId }, ctx) => {
  const node = await nodeOfKind(ctx, orgId, ['street', 'community'], 'orgId');
  const me = await ctx.authorize('party:organise', { orgPath: node.path });
  const id = branchIdOf(node._id);
  if (await ctx.read.byId<BranchDoc>('partyBranches', id))
    throw new AppError('ALREADY_EXISTS', '该单位已设立退役军人党支部', 'orgId');
  const name = branchNameOf(node.name);
  const groupId = `party__${id}`;
  const doc: BranchDoc = {
    _id: id,
    name,
    level: node.kind === 'street' ? 'street' : 'community',
    orgId: node._id,
    orgPath: node.path,
    path: [...node.path, id],
    groupId,
    createdBy: me.openid,
    createdAt: ctx.now,
  };
  await ctx.db.collection('partyBranches').add({ data: doc });
  // Owned by the branch alone, not its node: staff over the node (group:manage) must not read who is in it.
  await createExplicitGroup(ctx, { name, orgPath: [id], createdBy: me.openid, groupId });
  return { branchId: id, groupId };
});
