import { approveApplication, reviewApplication } from '../../../types/assist/applications';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { assistLimitsOf } from '../../_domain/care/settings';
import { actingSeat, loadApplication, refuseOwn, stepBy, transition } from '../lib/transition';
import { applicationView } from '../lib/views';

/** The community's station reviews: passes the application on, or rejects it. */
export const review = defineAction(reviewApplication, async ({ id, pass, note }, ctx) => {
  const { me, doc } = await loadApplication(ctx, id, 'assist:review');
  const seat = actingSeat(me, doc, 'assist:review');
  await refuseOwn(ctx, doc);
  if (!pass && !note) throw new AppError('INVALID_INPUT', '请填写不予通过的理由（申请人会看到）', 'note');
  if (doc.status !== 'submitted') throw new AppError('PRECONDITION_FAILED', '该申请不在待审核状态');
  const status = pass ? 'reviewed' : 'rejected';
  const next = await transition(
    ctx,
    id,
    'submitted',
    { status },
    stepBy(me, seat, pass ? 'reviewed' : 'rejected', ctx, note, null),
  );
  return applicationView(next);
});

/**
 * The street approves subsidies up to its limit; above it, and every relief case, the district does.
 * Approving more than was asked, or beyond one's limit, is refused.
 */
export const approve = defineAction(approveApplication, async ({ id, approve: yes, amountFen, note }, ctx) => {
  const { me, doc } = await loadApplication(ctx, id, 'assist:approve-street');
  const limits = await assistLimitsOf(ctx.read, doc.orgPath[0]);
  const amount = amountFen ?? doc.askedFen;
  const needsDistrict = doc.kind === 'relief' || (yes && amount > limits.streetLimitFen);
  if (needsDistrict) await ctx.authorize('assist:approve-district', doc);
  await refuseOwn(ctx, doc);
  if (!yes && !note) throw new AppError('INVALID_INPUT', '请填写驳回的理由（申请人会看到）', 'note');
  if (doc.status !== 'reviewed') throw new AppError('PRECONDITION_FAILED', '该申请尚未经服务站审核，或已审批');
  if (yes && amount > doc.askedFen) throw new AppError('INVALID_INPUT', '批准金额不能超过申请金额', 'amountFen');
  if (yes && amount <= 0) throw new AppError('INVALID_INPUT', '批准金额应大于0', 'amountFen');
  const seat = actingSeat(me, doc, 'assist:approve-district', 'assist:approve-street');
  const patch = yes ? { status: 'approved' as const, approvedFen: amount } : { status: 'rejected' as const };
  const next = await transition(
    ctx,
    id,
    'reviewed',
    patch,
    stepBy(me, seat, yes ? 'approved' : 'rejected', ctx, note, yes ? amount : null),
  );
  return applicationView(next);
});
