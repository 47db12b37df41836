import { fileReport } from '../../../types/supervision/reports';
import type { StageDoc } from '../../../types/supervision/model';
import type { ReportDoc, ReporterLinkDoc, ReportPhotoDoc } from '../../../types/supervision/report-model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';
import { inTransaction, txGet } from '../../_kernel/transaction';
import { filingAppointment } from '../bodies/term';
import { refNo } from '../bodies/ref-no';

/**
 * An integrity supervisor in term files a report. The report document carries no identity; who filed
 * it goes into `reportReporters` under the report's id, in the same transaction.
 */
export default defineAction(fileReport, async (input, ctx) => {
  const me = await ctx.caller();
  const appointment = filingAppointment(me, 'integrity', ctx.now);
  await ctx.authorize('report:file', { orgPath: appointment.bodyPath });
  const stage = await ctx.read.byId<StageDoc>('recruitmentStages', input.stageId);
  if (!stage || stage.bodyId !== appointment.bodyId)
    throw new AppError('NOT_FOUND', '该征兵阶段不存在，请重新选择', 'stageId');
  // Its window (the past year, not later than now) is the schema's (types/supervision/reports.ts).
  const observedAt = new Date(input.observedAt);
  const photoIds = [...new Set(input.photoIds)];
  const report: ReportDoc = {
    _id: newId(),
    refNo: refNo('LZ', ctx.now),
    bodyId: appointment.bodyId,
    bodyPath: appointment.bodyPath,
    stageId: stage._id,
    place: input.place,
    type: input.type,
    prohibitionNo: input.type === 'prohibition' ? input.prohibitionNo : null,
    description: input.description,
    photoIds,
    observedAt,
    filedAt: ctx.now,
    status: 'received',
    assigneeStaffId: null,
    steps: [{ status: 'received', at: ctx.now, note: '' }],
    answer: '',
    publication: null,
    listing: 'none',
    publishedAt: null,
    updatedAt: ctx.now,
  };
  const link: Omit<ReporterLinkDoc, '_id'> = { supervisorId: appointment._id, openid: me.openid, filedAt: ctx.now };
  await inTransaction(ctx.db, async (tx) => {
    for (const id of photoIds) {
      const photo = await txGet<ReportPhotoDoc>(tx, 'reportPhotos', id);
      if (!photo || photo.attachedTo) throw new AppError('INVALID_INPUT', '有照片已失效，请重新上传', 'photoIds');
    }
    const { _id, ...doc } = report;
    await tx.collection('supervisionReports').doc(_id).set({ data: doc });
    await tx.collection('reportReporters').doc(_id).set({ data: link });
    for (const id of photoIds)
      await tx
        .collection('reportPhotos')
        .doc(id)
        .update({ data: { attachedTo: _id } });
  });
  return { id: report._id, refNo: report.refNo };
});
