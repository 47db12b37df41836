import { certificateDetail } from '../../../types/activities/records';
import type { CertificateDoc } from '../../../types/activities/model';
import type { OrgDoc } from '../../../types/org/model';
import { can } from '../../../types/auth/policies';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { certificateView } from '../lib/certificate-view';

/**
 * A certificate in full: its volunteer, or staff over the issuing node (activity:organise). Anyone else gets
 * NOT_FOUND, as for a number that does not exist: the public check (verifyCertificate) is the masked one.
 */
export default defineAction(certificateDetail, async ({ number }, ctx) => {
  const caller = await ctx.caller();
  const doc = await ctx.read.byId<CertificateDoc>('volunteerCertificates', number);
  const missing = new AppError('NOT_FOUND', '没有找到该志愿服务记录证明', 'number');
  if (!doc) throw missing;
  if (caller.veteran?._id === doc.veteranId) return certificateView(doc);
  const issuerPath = doc.issuerPath ?? (await ctx.read.byId<OrgDoc>('orgs', doc.issuerOrgId))?.path ?? [];
  if (!issuerPath.length || !can(caller, 'activity:organise', { orgPath: issuerPath })) throw missing;
  return certificateView(doc);
});
