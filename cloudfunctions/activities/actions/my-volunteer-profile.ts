import { myVolunteerProfile, type VolunteerDoc } from '../../../types/activities/volunteers';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { orgsById } from '../../_domain/orgs';

/** The caller's registration, with the places they may choose to serve in (their own path, grid first). */
export default defineAction(myVolunteerProfile, async (_input, ctx) => {
  const me = await ctx.caller();
  if (!me.veteran) throw new AppError('FORBIDDEN', '绑定档案的退役军人才能登记为志愿者');
  const path = me.veteran.orgPath;
  const [doc, orgs] = await Promise.all([
    ctx.read.byId<VolunteerDoc>('volunteers', me.veteran._id),
    orgsById(ctx.db, ctx.read, path),
  ]);
  return {
    registered: Boolean(doc),
    skills: doc?.skills ?? [],
    otherSkill: doc?.otherSkill ?? '',
    availability: doc?.availability ?? [],
    areaOrgId: doc?.areaOrgId ?? null,
    areaOptions: [...path].reverse().map((id) => ({ id, name: orgs.get(id)?.name ?? '' })),
    registeredAt: doc?.registeredAt.toISOString() ?? null,
  };
});
