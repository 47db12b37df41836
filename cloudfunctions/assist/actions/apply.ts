import { applyAssistance } from '../../../types/assist/applications';
import type { AssistanceDoc, AssistLockDoc } from '../../../types/assist/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { assistLimitsOf } from '../../_domain/care/settings';
import { newId } from '../../_kernel/ids';
import { inTransaction, txGet } from '../../_kernel/transaction';
import { actingSeat, stepBy } from '../lib/transition';
import { assertAttachable } from '../../_kernel/uploads';
import { EVIDENCE_PURPOSE } from './evidence';

/** A veteran applies for themselves, or a grid member / station for a veteran. One open application per veteran. */
export default defineAction(applyAssistance, async (input, ctx) => {
  const me = await ctx.caller();
  const own = !input.veteranId || input.veteranId === me.veteran?._id;
  // One's own file, or one the caller may apply for; a missing file answers as a foreign one.
  const { thing: veteran } = own
    ? { thing: (await ctx.authorizeSeat('veteran:self')).me.veteran as VeteranDoc }
    : await ctx.authorizeFound(
        'assist:apply-for',
        await ctx.read.byId<VeteranDoc>('veterans', input.veteranId as string),
        new AppError('NOT_FOUND', '没有找到该退役军人', 'veteranId'),
      );
  assertAttachable(ctx, input.evidence, EVIDENCE_PURPOSE, { field: 'evidence' });
  if (veteran.lifeStatus !== 'in_district')
    throw new AppError('PRECONDITION_FAILED', '该退役军人不在本区，不能申请', 'veteranId');
  const limits = await assistLimitsOf(ctx.read, veteran.orgPath[0]);
  const max = input.kind === 'relief' ? limits.reliefMaxFen : limits.subsidyMaxFen;
  if (input.askedFen > max) throw new AppError('INVALID_INPUT', `申请金额超过上限（${max / 100} 元）`, 'askedFen');
  // The veteran themselves, or the post (grid team, station) the caller applies for them from.
  const seat = own ? { role: 'veteran' as const } : actingSeat(me, veteran, 'assist:apply-for');
  const id = newId();
  const doc: Omit<AssistanceDoc, '_id'> = {
    kind: input.kind,
    veteranId: veteran._id,
    veteranName: veteran.name,
    orgPath: veteran.orgPath,
    gridId: veteran.gridId,
    situation: input.situation,
    askedFen: input.askedFen,
    evidence: input.evidence,
    appliedByOpenid: me.openid,
    appliedByStaffId: own ? null : (me.staff[0]?._id ?? null),
    status: 'submitted',
    approverLevel: input.kind === 'relief' || input.askedFen > limits.streetLimitFen ? 'district' : 'street',
    approvedFen: null,
    fundId: null,
    disbursedFen: null,
    disbursedAt: null,
    disburseMethod: null,
    disbursedMonth: null,
    steps: [
      {
        ...stepBy(me, seat, 'submitted', ctx, own ? '本人申请' : '网格员代为申请', input.askedFen),
        byName: own ? veteran.name : (me.staff[0]?.name ?? '网格员'),
      },
    ],
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await inTransaction(ctx.db, async (tx) => {
    const lock = await txGet<AssistLockDoc>(tx, 'assistLocks', veteran._id);
    if (lock?.applicationId)
      throw new AppError('ALREADY_EXISTS', '该退役军人已有一份正在办理的申请，办结后才能再次申请');
    await tx
      .collection('assistLocks')
      .doc(veteran._id)
      .set({ data: { applicationId: id, updatedAt: ctx.now } });
    await tx.collection('assistance').doc(id).set({ data: doc });
  });
  return { id, approverLevel: doc.approverLevel };
});
