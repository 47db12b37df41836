import { listCorrections } from '../../../types/ledger/corrections';
import type { CorrectionDoc } from '../../../types/veteran/records';
import { can } from '../../../types/auth/policies';
import { defineAction } from '../../_kernel/action';
import { toCorrectionView } from '../../_domain/dossier/views';
import { queueGrids } from '../../_domain/jurisdiction';

/** Correction requests waiting in one grid, or in every grid the caller is on the team of. */
export default defineAction(listCorrections, async ({ gridId }, ctx) => {
  const { read, _ } = ctx;
  const me = await ctx.caller();
  const gridIds = await queueGrids(ctx, gridId, 'file:keep');
  const items = await read.many<CorrectionDoc>(
    'corrections',
    { gridId: _.in(gridIds), status: 'pending' },
    { orderBy: [['createdAt', 'asc']], limit: 200 },
  );
  return { items: items.filter((c) => can(me, 'file:keep', c)).map((c) => toCorrectionView(c)) };
});
