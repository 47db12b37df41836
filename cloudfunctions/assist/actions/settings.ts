import { getAssistSettings, updateAssistSettings, type AssistSettingsView } from '../../../types/assist/settings';
import { DEFAULT_ASSIST_LIMITS, type AssistLimitValues, type AssistSettingsDoc } from '../../../types/assist/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';

const limitsOf = (d: AssistLimitValues): AssistLimitValues => ({
  streetLimitFen: d.streetLimitFen,
  subsidyMaxFen: d.subsidyMaxFen,
  reliefMaxFen: d.reliefMaxFen,
});

function settingsView(doc: AssistSettingsDoc | null): AssistSettingsView {
  if (!doc) return { ...DEFAULT_ASSIST_LIMITS, configured: false, updatedAt: null, updatedByName: null, changes: [] };
  return {
    ...limitsOf(doc),
    configured: true,
    updatedAt: new Date(doc.updatedAt).toISOString(),
    updatedByName: doc.updatedByName ?? null,
    changes: (doc.changes ?? []).map((c) => ({
      at: new Date(c.at).toISOString(),
      byName: c.byName,
      before: limitsOf(c.before),
      after: limitsOf(c.after),
    })),
  };
}

/** Staff, grid teams and veterans read the limits they work by (the approver's limit, the most one may ask). */
export const get = defineAction(getAssistSettings, async (_input, ctx) => {
  const me = await ctx.caller();
  const place = me.roles.find(
    (r) =>
      r.role === 'veteran' ||
      ['grid_leader', 'grid_member', 'station_staff', 'street_staff', 'district_staff'].includes(r.role),
  );
  if (!place) throw new AppError('FORBIDDEN', '只有退役军人、网格员和工作人员可以查看补助标准');
  return settingsView(await ctx.read.byId<AssistSettingsDoc>('assistSettings', place.orgPath[0]));
});

/** District staff change the limits; who and when is kept with the last 20 changes (before and after). */
export const update = defineAction(updateAssistSettings, async (input, ctx) => {
  const me = await ctx.caller();
  const seat = me.roles.find((r) => r.role === 'district_staff');
  if (!seat) throw new AppError('FORBIDDEN', '只有区退役军人事务局可以设置补助审批权限');
  await ctx.authorize('assist:settings', { orgPath: [seat.orgId] });
  const before = await ctx.read.byId<AssistSettingsDoc>('assistSettings', seat.orgId);
  const byName = me.staff.find((s) => s._id === seat.staffId)?.name ?? '区工作人员';
  const after = limitsOf(input);
  const change = {
    at: ctx.now,
    byStaffId: seat.staffId ?? me.openid,
    byName,
    before: limitsOf(before ?? DEFAULT_ASSIST_LIMITS),
    after,
  };
  const doc: Omit<AssistSettingsDoc, '_id'> = {
    ...after,
    updatedAt: ctx.now,
    updatedBy: change.byStaffId,
    updatedByName: byName,
    changes: [change, ...(before?.changes ?? [])].slice(0, 20),
  };
  await ctx.db.collection('assistSettings').doc(seat.orgId).set({ data: doc });
  return settingsView({ _id: seat.orgId, ...doc });
});
