import { disburseApplication } from '../../../types/assist/applications';
import type { ReliefFundDoc } from '../../../types/assist/model';
import { AppError } from '../../../types/common/errors';
import { yuan } from '../../../types/common/money';
import { defineAction } from '../../_kernel/action';
import { shanghaiMonth } from '../../../types/common/shanghai-time';
import { txGet, type Tx } from '../../_kernel/transaction';
import { bookMonthly, paymentBooking } from '../../_domain/care/monthly';
import { actingSeat, loadApplication, refuseOwn, stepBy, transition } from '../lib/transition';
import { applicationView } from '../lib/views';
import { recordMovement } from '../lib/funds';

/** Records the payment; a relief case is paid from its fund in the same transaction, never below zero. */
export default defineAction(disburseApplication, async ({ id, amountFen, method, fundId }, ctx) => {
  const { me, doc } = await loadApplication(ctx, id, 'assist:disburse');
  await refuseOwn(ctx, doc);
  if (doc.status !== 'approved') throw new AppError('PRECONDITION_FAILED', '该申请尚未批准，或已发放');
  if (amountFen > (doc.approvedFen ?? 0))
    throw new AppError('INVALID_INPUT', `发放金额不能超过批准金额 ${yuan(doc.approvedFen ?? 0)}`, 'amountFen');
  if (doc.kind === 'relief' && !fundId) throw new AppError('INVALID_INPUT', '请选择救助专项资金', 'fundId');
  const month = shanghaiMonth(ctx.now);
  const seat = actingSeat(me, doc, 'assist:approve-district', 'assist:disburse');
  const patch = {
    status: 'disbursed' as const,
    disbursedFen: amountFen,
    disbursedAt: ctx.now,
    disburseMethod: method,
    disbursedMonth: month,
    fundId: doc.kind === 'relief' ? fundId : null,
    monthlyBooked: false,
  };
  const payFromFund =
    doc.kind !== 'relief' || !fundId
      ? undefined
      : async (tx: Tx) => {
          const fund = await txGet<ReliefFundDoc>(tx, 'reliefFunds', fundId);
          if (!fund || !doc.orgPath.includes(fund.orgId))
            throw new AppError('NOT_FOUND', '没有找到该救助专项资金', 'fundId');
          if (fund.balanceFen < amountFen)
            throw new AppError(
              'PRECONDITION_FAILED',
              `救助专项资金余额不足（余额 ${yuan(fund.balanceFen)}）`,
              'amountFen',
            );
          const balanceFen = fund.balanceFen - amountFen;
          await tx
            .collection('reliefFunds')
            .doc(fundId)
            .update({ data: { balanceFen, paidFen: fund.paidFen + amountFen, updatedAt: ctx.now } });
          await recordMovement(tx, fund, me, ctx.now, {
            kind: 'payment',
            amountFen,
            balanceAfterFen: balanceFen,
            note: `${doc.veteranName} · ${method}`,
            applicationId: doc._id,
          });
        };
  const next = await transition(
    ctx,
    id,
    'approved',
    patch,
    stepBy(me, seat, 'disbursed', ctx, method, amountFen),
    payFromFund,
  );
  // Outside the transaction: the month's rows are shared by every visit and payment in the street.
  await bookMonthly(
    ctx,
    { collection: 'assistance', id },
    paymentBooking({ orgPath: doc.orgPath, kind: doc.kind, disbursedMonth: month, disbursedFen: amountFen }),
  );
  return applicationView(next);
});
