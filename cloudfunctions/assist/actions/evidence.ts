import { applicationEvidence, uploadEvidence } from '../../../types/assist/applications';
import type { AssistanceDoc } from '../../../types/assist/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { storeImage, tempUrls } from '../../_kernel/uploads';

/** The folder (under uploads/, per uploader) evidence lives in; `apply` accepts only the caller's own. */
export const EVIDENCE_PURPOSE = 'assist' as const;

/** Stores one evidence photo (rebuilt from its pixels) in the caller's folder: a veteran, or staff who may apply for one. */
export const upload = defineAction(uploadEvidence, async (input, ctx) => {
  await ctx.authorizeSeat('assist:attach');
  return { fileID: (await storeImage(ctx, EVIDENCE_PURPOSE, input)).fileID };
});

/** Temp URLs (10 minutes) of the evidence, for the applicant, the veteran and the staff over the application. */
export const urls = defineAction(applicationEvidence, async ({ id }, ctx) => {
  const me = await ctx.caller();
  const found = await ctx.read.byId<AssistanceDoc>('assistance', id);
  const own = found && (found.appliedByOpenid === me.openid || me.veteran?._id === found.veteranId);
  // The applicant and the veteran see their own; staff over it through the policy (a missing one as a foreign one).
  const doc = own
    ? found
    : (await ctx.authorizeFound('assist:view', found, new AppError('NOT_FOUND', '没有找到该申请', 'id'))).thing;
  const map = await tempUrls(ctx, doc.evidence);
  return { urls: doc.evidence.map((f) => map.get(f) ?? '').filter(Boolean) };
});
