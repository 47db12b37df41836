import { applicationEvidence, uploadEvidence } from '../../../types/assist/applications';
import { can } from '../../../types/auth/policies';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { storeImage, tempUrls } from '../../_kernel/uploads';
import { loadApplication } from '../lib/transition';

/** The folder (under uploads/, per uploader) evidence lives in; `apply` accepts only the caller's own. */
export const EVIDENCE_PURPOSE = 'assist' as const;

/** Stores one evidence photo (rebuilt from its pixels) in the caller's folder: a veteran, or staff who may apply for one. */
export const upload = defineAction(uploadEvidence, async (input, ctx) => {
  const me = await ctx.caller();
  if (!me.veteran && !me.staff.length) throw new AppError('FORBIDDEN', '请先完成登记后再上传证明材料');
  return { fileID: (await storeImage(ctx, EVIDENCE_PURPOSE, input)).fileID };
});

/** Temp URLs (10 minutes) of the evidence, for the applicant, the veteran and the staff over the application. */
export const urls = defineAction(applicationEvidence, async ({ id }, ctx) => {
  const doc = await loadApplication(ctx, id);
  const me = await ctx.caller();
  const allowed =
    doc.appliedByOpenid === me.openid ||
    me.veteran?._id === doc.veteranId ||
    can(me, 'assist:view', { orgPath: doc.orgPath });
  if (!allowed) throw new AppError('FORBIDDEN', '只能查看本人或本辖区申请的证明材料');
  const map = await tempUrls(ctx, doc.evidence);
  return { urls: doc.evidence.map((f) => map.get(f) ?? '').filter(Boolean) };
});
