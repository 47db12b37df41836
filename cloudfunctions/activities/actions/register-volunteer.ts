import { registerVolunteer, type VolunteerDoc } from '../../../types/activities/volunteers';
import { AppError } from '../../../types/common/errors';
import { defineAction, denied } from '../../_kernel/action';
import { orgsById } from '../../_domain/orgs';
import { volunteerBooking } from '../../../types/activities/monthly';
import { bookActivityMonthly, replaceBooking } from '../../_domain/rollups/activity-monthly';

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
  // Written only over what was read (or only if still absent), so the change booked below is booked once.
  const written = existing
    ? (
        (await ctx.db
          .collection('volunteers')
          .where({ _id: veteran._id, updatedAt: existing.updatedAt })
          .update({
            data: {
              ...doc,
              orgPath: ctx._.set(doc.orgPath),
              skills: ctx._.set(doc.skills),
              availability: ctx._.set(doc.availability),
            },
          })) as {
          stats: { updated: number };
        }
      ).stats.updated === 1
    : await (ctx.db.collection('volunteers').add({ data: { _id: veteran._id, ...doc } }) as Promise<unknown>).then(
        () => true,
        () => false,
      );
  if (!written) throw new AppError('CONFLICT', '志愿者登记刚刚被更改，请刷新后再试');
  await bookActivityMonthly(
    ctx,
    ...replaceBooking(
      existing && volunteerBooking(existing),
      volunteerBooking({ ...doc, registeredAt: doc.registeredAt }),
    ),
  );
  return { registered: true as const };
});
