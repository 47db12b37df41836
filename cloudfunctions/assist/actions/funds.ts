import { createFund, listFundMovements, topUpFund } from '../../../types/assist/funds';
import type { FundMovementDoc, ReliefFundDoc } from '../../../types/assist/model';
import { AppError } from '../../../types/common/errors';
import { defineAction, type ActionContext } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';
import { inTransaction, txGet } from '../../_kernel/transaction';
import { fundView, movementView, recordMovement } from '../lib/funds';

/** The caller's district, once `assist:funds` allows them there. */
async function districtOfCaller(ctx: ActionContext): Promise<string> {
  const { seat } = await ctx.authorizeSeat('assist:funds');
  return seat.orgPath[0];
}

async function loadFund(ctx: ActionContext, fundId: string): Promise<ReliefFundDoc> {
  const { thing } = await ctx.authorizeFound(
    'assist:funds',
    await ctx.read.byId<ReliefFundDoc>('reliefFunds', fundId),
    new AppError('NOT_FOUND', '没有找到该救助专项资金', 'fundId'),
    (fund) => ({ orgPath: [fund.orgId] }),
  );
  return thing;
}

/** Opens a fund of the district, empty; one name once. */
export const create = defineAction(createFund, async ({ name }, ctx) => {
  const districtId = await districtOfCaller(ctx);
  const same = await ctx.read.one<ReliefFundDoc>('reliefFunds', { orgId: districtId, name });
  if (same) throw new AppError('ALREADY_EXISTS', '已有同名的救助专项资金', 'name');
  const doc: ReliefFundDoc = { _id: newId(), name, orgId: districtId, balanceFen: 0, paidFen: 0, updatedAt: ctx.now };
  const { _id, ...data } = doc;
  await ctx.db.collection('reliefFunds').doc(_id).set({ data });
  return fundView(doc);
});

/** Adds money in a transaction with its movement, so the balance and the list of movements always agree. */
export const topUp = defineAction(topUpFund, async ({ fundId, amountFen, note }, ctx) => {
  const me = await ctx.caller();
  await loadFund(ctx, fundId);
  return inTransaction(ctx.db, async (tx) => {
    const fund = await txGet<ReliefFundDoc>(tx, 'reliefFunds', fundId);
    if (!fund) throw new AppError('NOT_FOUND', '没有找到该救助专项资金', 'fundId');
    const balanceFen = fund.balanceFen + amountFen;
    await tx
      .collection('reliefFunds')
      .doc(fundId)
      .update({ data: { balanceFen, updatedAt: ctx.now } });
    await recordMovement(tx, fund, me, ctx.now, {
      kind: 'topup',
      amountFen,
      balanceAfterFen: balanceFen,
      note,
      applicationId: null,
    });
    return fundView({ ...fund, balanceFen, updatedAt: ctx.now });
  });
});

/** A fund's top-ups and payments, newest first (the latest 100). */
export const movements = defineAction(listFundMovements, async ({ fundId }, ctx) => {
  const fund = await loadFund(ctx, fundId);
  const docs = await ctx.read.many<FundMovementDoc>(
    'fundMovements',
    { fundId },
    { limit: 100, orderBy: [['at', 'desc']] },
  );
  return { fund: fundView(fund), items: docs.map(movementView) };
});
