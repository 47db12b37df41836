import { setUpSmallGroup } from '../../../types/party/organisation';
import { branchIdOf, smallGroupIdOf, type BranchDoc, type SmallGroupDoc } from '../../../types/party/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { setExplicitGroupIn } from '../../_domain/groups/explicit-groups';
import { inTransaction, txGet } from '../../_kernel/transaction';
import { nodeOfKind } from '../lib/load';

/** A grid's 退役军人党小组, under its community's branch, or its street's where the community has none. */
export default defineAction(setUpSmallGroup, async ({ gridId }, ctx) => {
  const grid = await nodeOfKind(ctx, gridId, ['grid'], 'gridId');
  const me = await ctx.authorize('party:organise', { orgPath: grid.path });
  const [, streetId, communityId] = grid.path;
  const [community, street] = await Promise.all([
    ctx.read.byId<BranchDoc>('partyBranches', branchIdOf(communityId)),
    ctx.read.byId<BranchDoc>('partyBranches', branchIdOf(streetId)),
  ]);
  const branch = community ?? street;
  if (!branch) throw new AppError('PRECONDITION_FAILED', '请先设立所在社区或街道的退役军人党支部', 'gridId');
  const id = smallGroupIdOf(grid._id);
  if (await ctx.read.byId<SmallGroupDoc>('partySmallGroups', id))
    throw new AppError('ALREADY_EXISTS', '该网格已建立退役军人党小组', 'gridId');
  const name = `${grid.name}退役军人党小组`;
  const groupId = `party__${id}`;
  const doc: SmallGroupDoc = {
    _id: id,
    name,
    branchId: branch._id,
    gridId: grid._id,
    path: [...branch.path, id],
    groupId,
    createdBy: me.openid,
    createdAt: ctx.now,
  };
  // The small group and its group together (a transaction): a call stopped midway leaves both or neither.
  await inTransaction(ctx.db, async (tx) => {
    if (await txGet(tx, 'partySmallGroups', id))
      throw new AppError('ALREADY_EXISTS', '该网格已建立退役军人党小组', 'gridId');
    const { _id, ...data } = doc;
    await tx.collection('partySmallGroups').doc(_id).set({ data });
    // Owned by the branch alone (see setUpBranch): its secretary is its admin, the grid's staff are not in it.
    await setExplicitGroupIn(tx, ctx, { name, orgPath: [branch._id, id], createdBy: me.openid, groupId });
  });
  return { smallGroupId: id, groupId, branchId: branch._id };
});
