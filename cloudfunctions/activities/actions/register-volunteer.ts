import { registerVolunteer, type VolunteerDoc } from '../../../types/activities/volunteers';
import { AppError } from '../../../types/common/errors';
import { defineAction, denied } from '../../_kernel/action';
import { orgsById } from '../../_domain/orgs';

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
  await ctx.db.collection('volunteers').doc(veteran._id).set({ data: doc });
  return { registered: true as const };
});
