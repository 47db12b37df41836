import { myVolunteerProfile, type VolunteerDoc } from '../../../types/activities/volunteers';
import { defineAction, denied } from '../../_kernel/action';
import { orgsById } from '../../_domain/orgs';

/** The caller's registration, with the places they may choose to serve in (their own path, grid first). */
export default defineAction(myVolunteerProfile, async (_input, ctx) => {
  // The volunteer:register seat is the caller's bound file.
  const { me } = await ctx.authorizeSeat('volunteer:register');
  if (!me.veteran) throw denied('volunteer:register');
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
