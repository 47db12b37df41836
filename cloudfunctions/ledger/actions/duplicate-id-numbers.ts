import { duplicateIdNumbers, type DuplicateIdGroup } from '../../../types/ledger/duplicates';
import type { VeteranDoc } from '../../../types/veteran/model';
import { defineAction } from '../../_kernel/action';
import { aggregate } from '../../_kernel/aggregate';
import { orgsById, placeName } from '../../_domain/orgs';

type Found = Pick<VeteranDoc, 'name' | 'idMasked' | 'orgPath' | 'lifeStatus'> & { id: string };

/**
 * The district's files sharing an ID number, grouped by the number's blind index (`idHash`) in the
 * database: nothing is decrypted, and only the groups of two or more come back. Staff resolve each group
 * (merge, or correct the wrong number through verifyFile, which now refuses a number another file holds).
 */
export default defineAction(duplicateIdNumbers, async (_input, ctx) => {
  const { seat } = await ctx.authorizeSeat('ledger:duplicates');
  const districtId = seat.orgPath[0];
  const groups = await aggregate<{ _id: string; n: number; files: Found[] }>(ctx.db, 'veterans', [
    { $match: { 'orgPath.0': districtId, idHash: ctx._.nin(['', null]) } },
    {
      $group: {
        _id: '$idHash',
        n: { $sum: 1 },
        files: {
          $push: { id: '$_id', name: '$name', idMasked: '$idMasked', orgPath: '$orgPath', lifeStatus: '$lifeStatus' },
        },
      },
    },
    { $match: { n: ctx._.gt(1) } },
  ]);
  const orgs = await orgsById(ctx.db, ctx.read, [...new Set(groups.flatMap((g) => g.files.flatMap((f) => f.orgPath)))]);
  const out: DuplicateIdGroup[] = groups.map((g) => ({
    idMasked: g.files[0].idMasked,
    files: g.files
      .map((f) => ({ veteranId: f.id, name: f.name, place: placeName(orgs, f.orgPath), lifeStatus: f.lifeStatus }))
      .sort((a, b) => a.veteranId.localeCompare(b.veteranId)),
  }));
  return { groups: out.sort((a, b) => a.idMasked.localeCompare(b.idMasked)) };
});
