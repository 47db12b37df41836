import { appointSupervisor } from '../../../types/supervision/appointments';
import type { SupervisorDoc } from '../../../types/supervision/model';
import type { OrgDoc } from '../../../types/org/model';
import { AppError } from '../../../types/common/errors';
import { startOfShanghaiDay } from '../../../types/common/shanghai-time';
import { defineAction } from '../../_kernel/action';
import { newCode, newId } from '../../_kernel/ids';
import { staffIdIn } from '../bodies/body';

/** The office's head appoints integrity supervisors; an agency's staff appoint its conduct supervisors. */
export default defineAction(appointSupervisor, async (input, ctx) => {
  const body = await ctx.read.byId<OrgDoc>('orgs', input.bodyId);
  if (!body || body.kind !== 'unit') throw new AppError('NOT_FOUND', '被监督单位不存在', 'bodyId');
  const fits = input.type === 'integrity' ? body.unitType === 'recruitment_office' : body.unitType === 'agency';
  if (!fits) {
    throw new AppError(
      'INVALID_INPUT',
      input.type === 'integrity' ? '廉洁征兵监督员只能监督征兵办' : '作风监督员只能监督机关',
      'type',
    );
  }
  const me = await ctx.authorize(
    input.type === 'integrity' ? 'supervisor:appoint-integrity' : 'supervisor:appoint-conduct',
    { orgPath: body.path },
  );
  const taken = await ctx.read.one<SupervisorDoc>('supervisors', {
    bodyId: body._id,
    type: input.type,
    certificateNo: input.certificateNo,
  });
  if (taken) throw new AppError('ALREADY_EXISTS', '该证书编号已聘任，请核对', 'certificateNo');
  const doc: SupervisorDoc = {
    _id: newId(),
    type: input.type,
    bodyId: body._id,
    bodyPath: body.path,
    name: input.name,
    openid: null,
    certificateNo: input.certificateNo,
    termStart: startOfShanghaiDay(input.termStart),
    termEnd: startOfShanghaiDay(input.termEnd),
    agreementSigned: input.agreementSigned,
    appointedBy: staffIdIn(me, body._id),
    bindCode: newCode(8),
    status: 'active',
    createdAt: ctx.now,
  };
  await ctx.db.collection('supervisors').add({ data: doc });
  return { supervisorId: doc._id, bindCode: doc.bindCode as string };
});
