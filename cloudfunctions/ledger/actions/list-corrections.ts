import { listCorrections } from '../../../types/ledger/corrections';
import type { OrgDoc } from '../../../types/org/model';
import type { CorrectionDoc } from '../../../types/veteran/records';
import { AppError } from '../../../types/common/errors';
import { can } from '../../../types/auth/policies';
import { defineAction } from '../../_kernel/action';
import { toCorrectionView } from '../../_domain/dossier/views';

/** Correction requests waiting in one grid, or in every grid the caller is on the team of. */
export default defineAction(listCorrections, async ({ gridId }, ctx) => {
  const { read, _ } = ctx;
  const me = await ctx.caller();
  let gridIds: string[];
  if (gridId) {
    const grid = await read.byId<OrgDoc>('orgs', gridId);
    if (!grid || grid.kind !== 'grid') throw new AppError('NOT_FOUND', '网格不存在', 'gridId');
    await ctx.authorize('file:keep', { orgPath: grid.path });
    gridIds = [gridId];
  } else {
    gridIds = me.staff.filter((s) => s.role === 'grid_leader' || s.role === 'grid_member').map((s) => s.orgId);
    if (!gridIds.length) throw new AppError('INVALID_INPUT', '请选择网格', 'gridId');
  }
  const items = await read.many<CorrectionDoc>(
    'corrections',
    { gridId: _.in(gridIds), status: 'pending' },
    { orderBy: [['createdAt', 'asc']], limit: 200 },
  );
  return { items: items.filter((c) => can(me, 'file:keep', c)).map((c) => toCorrectionView(c)) };
});
