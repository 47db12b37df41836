import { recordVolunteerHonour, type VolunteerHonourDoc } from '../../../types/activities/honours';
import type { VolunteerDoc } from '../../../types/activities/volunteers';
import type { VeteranDoc } from '../../../types/veteran/model';
import { AppError } from '../../../types/common/errors';
import { shanghaiDay } from '../../../types/common/shanghai-time';
import { defineAction } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';
import { callerName } from '../../_domain/jurisdiction';
import { placeNode } from '../lib/load';

/**
 * A node's staff record a training a volunteer of their area attended (with its hours) or an award they
 * received. The node certifies it later with the services it recorded (谁记录谁证明). Append-only.
 */
export default defineAction(recordVolunteerHonour, async (input, ctx) => {
  const issuer = await placeNode(ctx, input.issuerOrgId, 'issuerOrgId');
  await ctx.authorize('activity:organise', { orgPath: issuer.path });
  const [veteran, volunteer] = await Promise.all([
    ctx.read.byId<VeteranDoc>('veterans', input.veteranId),
    ctx.read.byId<VolunteerDoc>('volunteers', input.veteranId),
  ]);
  if (!veteran || !veteran.orgPath.includes(issuer._id))
    throw new AppError('NOT_FOUND', '本辖区没有找到该退役军人', 'veteranId');
  if (!volunteer) throw new AppError('PRECONDITION_FAILED', '该退役军人尚未登记为志愿者', 'veteranId');
  if (input.date > shanghaiDay(ctx.now)) throw new AppError('INVALID_INPUT', '日期不能晚于今天', 'date');
  const who = await callerName(ctx);
  const doc: VolunteerHonourDoc = {
    _id: newId(),
    veteranId: veteran._id,
    name: veteran.name,
    kind: input.kind,
    title: input.title,
    date: input.date,
    minutes: input.kind === 'training' ? Math.round((input.hours ?? 0) * 60) : null,
    issuerOrgId: issuer._id,
    issuerPath: issuer.path,
    issuerName: issuer.name,
    recordedBy: { staffId: who.staffId ?? who.openid, name: who.name },
    recordedAt: ctx.now,
  };
  await ctx.db.collection('volunteerHonours').add({ data: doc });
  return { id: doc._id };
});
