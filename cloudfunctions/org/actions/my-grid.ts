import { myGrid } from '../../../types/org/queries';
import type { StaffDoc } from '../../../types/account/model';
import { ROLE_LABELS } from '../../../types/auth/roles';
import { ROLE_RANK } from '../../../types/auth/grants';
import { GRID_TEAM, seatsFor } from '../../../types/auth/policies';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { orgsById } from '../../_domain/orgs';

/** A veteran's grid, or a grid team member's own; with its team and the community's station. */
export default defineAction(myGrid, async (_input, { db, read, _, caller }) => {
  const me = await caller();
  const gridId = me.veteran?.gridId ?? seatsFor(me, 'grid:work')[0]?.orgId;
  if (!gridId) throw new AppError('NOT_FOUND', '您还没有绑定网格，请先完成登记');
  const [orgs, team] = await Promise.all([
    read.byId<{ path: string[] }>('orgs', gridId).then((g) => orgsById(db, read, g?.path ?? [])),
    read.many<StaffDoc>('staff', { orgId: gridId, status: 'active', role: _.in(GRID_TEAM) }),
  ]);
  const grid = orgs.get(gridId);
  const community = grid && orgs.get(grid.path[2]);
  const street = grid && orgs.get(grid.path[1]);
  if (!grid || !community || !street) throw new AppError('NOT_FOUND', '网格信息不完整，请联系工作人员');
  const view = (d: { _id: string; name: string; kind: 'grid' | 'community' | 'street' | 'district' | 'unit' }) => ({
    id: d._id,
    name: d.name,
    kind: d.kind,
  });
  // The leader first (the higher rank), then by name.
  team.sort((a, b) => ROLE_RANK[b.role] - ROLE_RANK[a.role] || a.name.localeCompare(b.name, 'zh'));
  return {
    grid: view(grid),
    community: { ...view(community), station: community.station ?? null },
    street: view(street),
    team: team.map((s) => ({
      staffId: s._id,
      name: s.name,
      role: s.role,
      roleLabel: ROLE_LABELS[s.role],
      workPhone: s.workPhone,
      isVeteran: s.isVeteran,
    })),
  };
});
