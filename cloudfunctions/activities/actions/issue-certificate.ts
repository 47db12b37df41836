import { issueCertificate } from '../../../types/activities/records';
import type { VolunteerHonourDoc } from '../../../types/activities/honours';
import type { CertificateDoc, SignupDoc } from '../../../types/activities/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import type { StaffDoc } from '../../../types/account/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { newCode } from '../../_kernel/ids';
import { shanghaiDay } from '../../../types/common/shanghai-time';
import { placeNode } from '../lib/load';
import { certificateView } from '../lib/certificate-view';

/**
 * 志愿服务记录证明 (民政部《志愿服务记录与证明出具办法》): the organising node certifies the hours it recorded
 * itself (谁记录谁证明), with the person in charge and a contact, under an unguessable number.
 */
export default defineAction(issueCertificate, async ({ veteranId, issuerOrgId }, ctx) => {
  const issuer = await placeNode(ctx, issuerOrgId, 'issuerOrgId');
  const caller = await ctx.authorize('activity:organise', { orgPath: issuer.path });
  const veteran = await ctx.read.byId<VeteranDoc>('veterans', veteranId);
  if (!veteran) throw new AppError('NOT_FOUND', '没有找到该退役军人', 'veteranId');
  const services = await ctx.read.many<SignupDoc>(
    'activitySignups',
    { veteranId, organiserOrgId: issuer._id, minutes: ctx._.gt(0) },
    { limit: 1000, orderBy: [['activityStartAt', 'asc']] },
  );
  if (!services.length) throw new AppError('PRECONDITION_FAILED', '本单位没有为该志愿者登记过服务时长');
  // The training and awards this node recorded itself (谁记录谁证明), oldest first like the services.
  const honours = await ctx.read.many<VolunteerHonourDoc>(
    'volunteerHonours',
    { veteranId, issuerOrgId: issuer._id },
    { limit: 200, orderBy: [['date', 'asc']] },
  );
  const signer: StaffDoc | undefined = caller.staff.find((s) => issuer.path.includes(s.orgId));
  const doc: CertificateDoc = {
    _id: newCode(16),
    veteranId,
    name: veteran.name,
    idMasked: veteran.idMasked,
    minutes: services.reduce((n, s) => n + (s.minutes ?? 0), 0),
    services: services.map((s) => ({
      title: s.activityTitle,
      date: shanghaiDay(s.activityStartAt),
      minutes: s.minutes ?? 0,
    })),
    training: honours
      .filter((h) => h.kind === 'training')
      .map((h) => ({ title: h.title, date: h.date, minutes: h.minutes ?? 0 })),
    awards: honours.filter((h) => h.kind === 'award').map((h) => ({ title: h.title, date: h.date })),
    issuerOrgId: issuer._id,
    issuerPath: issuer.path,
    issuerName: issuer.name,
    personInCharge: signer?.name ?? '',
    contact: signer?.workPhone ?? '',
    issuedAt: ctx.now,
  };
  await ctx.db.collection('volunteerCertificates').add({ data: doc });
  return certificateView(doc);
});
