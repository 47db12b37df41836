import { myCorrections } from '../../../types/profile/queries';
import type { CorrectionDoc } from '../../../types/veteran/records';
import { defineAction } from '../../_kernel/action';
import { ownFile } from '../../_domain/dossier/actor';
import { toCorrectionView } from '../../_domain/dossier/views';

/** My correction requests, newest first, each with its state and the grid member's note. */
export default defineAction(myCorrections, async ({ forVeteranId }, ctx) => {
  const { veteranId } = ownFile(await ctx.caller(), forVeteranId);
  const items = await ctx.read.many<CorrectionDoc>(
    'corrections',
    { veteranId },
    { orderBy: [['createdAt', 'desc']], limit: 100 },
  );
  return { items: items.map((c) => toCorrectionView(c)) };
});
