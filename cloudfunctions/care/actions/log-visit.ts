import { logVisit } from '../../../types/care/visits';
import type { CampaignDoc, VisitDoc, VisitTaskDoc } from '../../../types/care/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { careSettingsOf } from '../../_domain/care/settings';
import { callerName } from '../../_domain/jurisdiction';
import { shanghaiDay, startOfShanghaiDay } from '../../../types/common/shanghai-time';
import { newId } from '../../_kernel/ids';
import { inTransaction } from '../../_kernel/transaction';
import { bookMonthly, visitBooking } from '../../_domain/care/monthly';
import { assertAttachable } from '../../_kernel/uploads';

/** A grid member or staff logs a visit; a visit answering a mandatory-visit task closes the task. */
export default defineAction(logVisit, async (input, ctx) => {
  const veteran = await ctx.read.byId<VeteranDoc>('veterans', input.veteranId);
  if (!veteran) throw new AppError('NOT_FOUND', '没有找到该退役军人', 'veteranId');
  await ctx.authorize('care:log', { orgPath: veteran.orgPath });
  assertAttachable(ctx, input.photos, 'visits', { field: 'photos' });
  if (input.date > shanghaiDay(ctx.now)) throw new AppError('INVALID_INPUT', '走访日期不能晚于今天', 'date');
  if (input.date < '2015-01-01') throw new AppError('INVALID_INPUT', '走访日期过早，请核对', 'date');
  if (input.kind === 'mandatory') {
    const settings = await careSettingsOf(ctx.read, veteran.orgPath[0]);
    if (!settings.occasions.some((o) => o.key === input.occasion && o.enabled))
      throw new AppError('INVALID_INPUT', '请选择六必访事由', 'occasion');
  }
  if (input.campaignId) {
    const campaign = await ctx.read.byId<CampaignDoc>('visitCampaigns', input.campaignId);
    if (!campaign || !veteran.orgPath.includes(campaign.orgId))
      throw new AppError('NOT_FOUND', '没有找到该走访活动', 'campaignId');
    const day = startOfShanghaiDay(input.date).getTime();
    if (day < new Date(campaign.startDate).getTime() || day >= new Date(campaign.endDate).getTime()) {
      throw new AppError('INVALID_INPUT', `走访日期不在「${campaign.name}」的活动期间内`, 'date');
    }
  }
  if (input.taskId) {
    const task = await ctx.read.byId<VisitTaskDoc>('visitTasks', input.taskId);
    if (!task || task.veteranId !== veteran._id) throw new AppError('NOT_FOUND', '没有找到该走访任务', 'taskId');
    if (task.status !== 'open') throw new AppError('PRECONDITION_FAILED', '该走访任务已完成', 'taskId');
  }
  const who = await callerName(ctx);
  const date = startOfShanghaiDay(input.date);
  const id = newId();
  const visit: Omit<VisitDoc, '_id'> = {
    veteranId: veteran._id,
    veteranName: veteran.name,
    orgPath: veteran.orgPath,
    gridId: veteran.gridId,
    date,
    month: input.date.slice(0, 7),
    kind: input.kind,
    occasion: input.kind === 'mandatory' ? input.occasion : null,
    campaignId: input.campaignId,
    taskId: input.taskId,
    household: input.household,
    visitors: input.visitors,
    findings: input.findings,
    goods: input.goods,
    goodsValueFen: input.goodsValueFen,
    moneyFen: input.moneyFen,
    valueFen: input.goodsValueFen + input.moneyFen,
    photos: input.photos,
    followUp: input.followUp,
    followUpNote: input.followUpNote,
    createdBy: who.staffId ?? who.openid,
    createdAt: ctx.now,
    monthlyBooked: false,
  };
  await inTransaction(ctx.db, async (tx) => {
    await tx.collection('visits').doc(id).set({ data: visit });
    if (input.taskId)
      await tx
        .collection('visitTasks')
        .doc(input.taskId)
        .update({ data: { status: 'done', visitId: id, doneAt: ctx.now } });
  });
  // Outside the transaction: the street's monthly row is shared by every visit logged in the street.
  await bookMonthly(ctx, { collection: 'visits', id }, visitBooking(visit));
  return { id, valueFen: visit.valueFen };
});
