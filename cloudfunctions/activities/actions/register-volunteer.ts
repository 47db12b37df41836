import { registerVolunteer, type VolunteerDoc } from '../../../types/activities/volunteers';
import { AppError } from '../../../types/common/errors';
import { defineAction, denied, type ActionContext } from '../../_kernel/action';
import { orgsById } from '../../_domain/orgs';
import { volunteerBooking } from '../../../types/activities/monthly';
import { bookActivityMonthly, replaceBooking } from '../../_domain/rollups/activity-monthly';

/**
 * The registration written only over the one read (or only if still absent): whoever changes it counts the
 * change of the volunteers' figures once (a double tap or two devices: the second gets CONFLICT).
 */
async function saveOnce(ctx: ActionContext, existing: VolunteerDoc | null, doc: VolunteerDoc): Promise<boolean> {
  const { _id, ...data } = doc;
  if (!existing)
    return (ctx.db.collection('volunteers').add({ data: doc }) as Promise<unknown>).then(
      () => true,
      () => false,
    );
  const arrays = {
    orgPath: ctx._.set(data.orgPath),
    skills: ctx._.set(data.skills),
    availability: ctx._.set(data.availability),
  };
  const res = (await ctx.db
    .collection('volunteers')
    .where({ _id, updatedAt: existing.updatedAt })
    .update({ data: { ...data, ...arrays } })) as { stats: { updated: number } };
  return res.stats.updated === 1;
}

/** A veteran registers as a volunteer (skills, when, where), or changes it: one document per person. */
export default defineAction(registerVolunteer, async (input, ctx) => {
  // The volunteer:register seat is the caller's bound file.
  const { me } = await ctx.authorizeSeat('volunteer:register');
  if (!me.veteran) throw denied('volunteer:register');
  const veteran = me.veteran;
  await ctx.authorize('volunteer:register', { orgPath: veteran.orgPath });
  if (!veteran.orgPath.includes(input.areaOrgId))
    throw new AppError('INVALID_INPUT', '服务区域只能选择您所在的网格、社区、镇街或全区', 'areaOrgId');
  const area = (await orgsById(ctx.db, ctx.read, [input.areaOrgId])).get(input.areaOrgId);
  const existing = await ctx.read.byId<VolunteerDoc>('volunteers', veteran._id);
  const doc: Omit<VolunteerDoc, '_id'> = {
    veteranId: veteran._id,
    name: veteran.name,
    orgPath: veteran.orgPath,
    skills: [...new Set(input.skills)],
    otherSkill: input.otherSkill,
    availability: [...new Set(input.availability)],
    areaOrgId: input.areaOrgId,
    areaName: area?.name ?? '',
    registeredAt: existing?.registeredAt ?? ctx.now,
    updatedAt: ctx.now,
  };
  if (!(await saveOnce(ctx, existing, { _id: veteran._id, ...doc })))
    throw new AppError('CONFLICT', '志愿者登记刚刚被更改，请刷新后再试');
  await bookActivityMonthly(ctx, ...replaceBooking(existing && volunteerBooking(existing), volunteerBooking(doc)));
  return { registered: true as const };
});
