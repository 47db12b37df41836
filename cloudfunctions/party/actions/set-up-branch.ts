import { setUpBranch } from '../../../types/party/organisation';
import { branchIdOf, branchNameOf, type BranchDoc } from '../../../types/party/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { setExplicitGroupIn } from '../../_domain/groups/explicit-groups';
import { inTransaction, txGet } from '../../_kernel/transaction';
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
  // The branch and its group together (a transaction): a call stopped midway leaves both or neither.
  await inTransaction(ctx.db, async (tx) => {
    if (await txGet(tx, 'partyBranches', id))
      throw new AppError('ALREADY_EXISTS', '该单位已设立退役军人党支部', 'orgId');
    const { _id, ...data } = doc;
    await tx.collection('partyBranches').doc(_id).set({ data });
    // Owned by the branch alone, not its node: staff over the node (group:manage) must not read who is in it.
    await setExplicitGroupIn(tx, ctx, { name, orgPath: [id], createdBy: me.openid, groupId });
  });
  return { branchId: id, groupId };
});
