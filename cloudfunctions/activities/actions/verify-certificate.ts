import { verifyCertificate } from '../../../types/activities/records';
import type { CertificateDoc } from '../../../types/activities/model';
import { maskName } from '../../../types/common/validators';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';

/** Anyone may check a number; the answer carries a masked name, the hours and the issuer only. */
export default defineAction(verifyCertificate, async ({ number }, ctx) => {
  const doc = await ctx.read.byId<CertificateDoc>('volunteerCertificates', number);
  if (!doc) throw new AppError('NOT_FOUND', '没有找到该编号的志愿服务记录证明，请核对编号', 'number');
  return {
    name: maskName(doc.name),
    totalHours: doc.minutes / 60,
    issuerName: doc.issuerName,
    issuedAt: doc.issuedAt.toISOString(),
  };
});
