import { getCareSettings, updateCareSettings } from '../../../types/care/tasks';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { careSettingsOf } from '../../_domain/care/settings';

/** Any staff or grid member reads the district's settings (the occasions to pick from). */
export const get = defineAction(getCareSettings, async (_input, ctx) => {
  const me = await ctx.caller();
  const place = me.roles.find((r) => r.role !== 'veteran') ?? me.roles[0];
  if (!place) throw new AppError('FORBIDDEN', '只有网格员和工作人员可以查看');
  const s = await careSettingsOf(ctx.read, place.orgPath[0]);
  return { occasions: s.occasions, contactDays: s.contactDays, keyGroupContactDays: s.keyGroupContactDays };
});

/** The district sets its six occasions (labels, days to visit) and contact periods. */
export const update = defineAction(updateCareSettings, async (input, ctx) => {
  const me = await ctx.caller();
  const district = me.roles.find((r) => r.role === 'district_staff');
  if (!district) throw new AppError('FORBIDDEN', '只有区退役军人事务局可以设置六必访事由');
  await ctx.authorize('care:settings', { orgPath: [district.orgId] });
  if (new Set(input.occasions.map((o) => o.key)).size !== input.occasions.length)
    throw new AppError('INVALID_INPUT', '事由编号不能重复', 'occasions');
  if (input.keyGroupContactDays > input.contactDays)
    throw new AppError('INVALID_INPUT', '重点人群的联系周期不能长于一般人员', 'keyGroupContactDays');
  await ctx.db
    .collection('careSettings')
    .doc(district.orgId)
    .set({ data: { ...input, updatedAt: ctx.now, updatedBy: district.staffId ?? me.openid } });
  return input;
});
