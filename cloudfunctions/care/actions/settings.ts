import { getCareSettings, updateCareSettings } from '../../../types/care/tasks';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { careSettingsOf } from '../../_domain/care/settings';

/** Any staff or grid member reads the district's settings (the occasions to pick from). */
export const get = defineAction(getCareSettings, async (_input, ctx) => {
  const { seat } = await ctx.authorizeSeat('care:settings-read');
  const s = await careSettingsOf(ctx.read, seat.orgPath[0]);
  return { occasions: s.occasions, contactDays: s.contactDays, keyGroupContactDays: s.keyGroupContactDays };
});

/** The district sets its six occasions (labels, days to visit) and contact periods. */
export const update = defineAction(updateCareSettings, async (input, ctx) => {
  const { me, seat: district } = await ctx.authorizeSeat('care:settings');
  if (new Set(input.occasions.map((o) => o.key)).size !== input.occasions.length)
    throw new AppError('INVALID_INPUT', '事由编号不能重复', 'occasions');
  if (input.keyGroupContactDays > input.contactDays)
    throw new AppError('INVALID_INPUT', '重点人群的联系周期不能长于一般人员', 'keyGroupContactDays');
  await ctx.db
    .collection('careSettings')
    .doc(district.orgPath[0])
    .set({ data: { ...input, updatedAt: ctx.now, updatedBy: district.staffId ?? me.openid } });
  return input;
});
