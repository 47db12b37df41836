import { listRegistrations } from '../../../types/account/registrations';
import type { RegistrationDoc } from '../../../types/account/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import { can } from '../../../types/auth/policies';
import { defineAction } from '../../_kernel/action';
import { orgName, orgsById } from '../../_domain/orgs';
import { queueGrids } from '../../_domain/jurisdiction';

/** Registrations of one grid, or of every grid the caller keeps (their grid team roles). */
export default defineAction(listRegistrations, async ({ gridId, status }, ctx) => {
  const { db, read, _ } = ctx;
  const me = await ctx.caller();
  const gridIds = await queueGrids(ctx, gridId, 'registration:review');
  const regs = await read.many<RegistrationDoc>(
    'registrations',
    { gridId: _.in(gridIds), status },
    { orderBy: [['createdAt', 'desc']], limit: 100 },
  );
  const visible = regs.filter((r) => can(me, 'registration:review', r));
  const candidateIds = visible.map((r) => r.candidateVeteranId).filter((id): id is string => Boolean(id));
  const [orgs, candidates] = await Promise.all([
    orgsById(db, read, gridIds),
    candidateIds.length ? read.many<VeteranDoc>('veterans', { _id: _.in(candidateIds) }) : Promise.resolve([]),
  ]);
  const byId = new Map(candidates.map((v) => [v._id, v]));
  return {
    items: visible.map((r) => {
      const c = r.candidateVeteranId ? byId.get(r.candidateVeteranId) : undefined;
      return {
        id: r._id,
        name: r.name,
        idMasked: r.idMasked,
        phoneMasked: r.phoneMasked,
        phoneVerified: r.phoneVerified,
        phoneMatchesFile: c?.phoneHash ? c.phoneHash === r.phoneHash : null,
        gridId: r.gridId,
        gridName: orgName(orgs, r.gridId),
        matchKind: r.matchKind,
        candidate: c ? { veteranId: c._id, name: c.name, idMasked: c.idMasked } : null,
        status: r.status,
        createdAt: r.createdAt.toISOString(),
        note: r.note,
      };
    }),
  };
});
