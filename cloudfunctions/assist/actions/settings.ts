import { getAssistSettings, updateAssistSettings, type AssistSettingsView } from '../../../types/assist/settings';
import { DEFAULT_ASSIST_LIMITS, type AssistLimitValues, type AssistSettingsDoc } from '../../../types/assist/model';
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
  const { seat } = await ctx.authorizeSeat('assist:limits-read');
  return settingsView(await ctx.read.byId<AssistSettingsDoc>('assistSettings', seat.orgPath[0]));
});

/** District staff change the limits; who and when is kept with the last 20 changes (before and after). */
export const update = defineAction(updateAssistSettings, async (input, ctx) => {
  const { me, seat } = await ctx.authorizeSeat('assist:settings');
  const districtId = seat.orgPath[0];
  const before = await ctx.read.byId<AssistSettingsDoc>('assistSettings', districtId);
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
  await ctx.db.collection('assistSettings').doc(districtId).set({ data: doc });
  return settingsView({ _id: districtId, ...doc });
});
