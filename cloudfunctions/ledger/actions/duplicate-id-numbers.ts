import { duplicateIdNumbers, type DuplicateIdGroup } from '../../../types/ledger/duplicates';
import type { VeteranDoc } from '../../../types/veteran/model';
import { defineAction } from '../../_kernel/action';
import { aggregate } from '../../_kernel/aggregate';
import { orgsById, placeName } from '../../_domain/orgs';
import { pinnedRecords } from '../duplicates/records';

type Found = Pick<VeteranDoc, 'name' | 'idMasked' | 'orgPath' | 'lifeStatus' | 'version' | 'phoneMasked' | 'openid'> & {
  id: string;
};

/**
 * The district's files sharing an ID number, grouped by the number's blind index (`idHash`) in the
 * database: nothing is decrypted, and only the groups of two or more come back. Staff resolve each group
 * with resolveDuplicateId (merge two files of one person, or correct the number typed wrong on one);
 * each file says what would keep it from being merged away.
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
          $push: {
            id: '$_id',
            name: '$name',
            idMasked: '$idMasked',
            orgPath: '$orgPath',
            lifeStatus: '$lifeStatus',
            version: '$version',
            phoneMasked: '$phoneMasked',
            openid: '$openid',
          },
        },
      },
    },
    { $match: { n: ctx._.gt(1) } },
  ]);
  const orgs = await orgsById(ctx.db, ctx.read, [...new Set(groups.flatMap((g) => g.files.flatMap((f) => f.orgPath)))]);
  const out: DuplicateIdGroup[] = await Promise.all(
    groups.map(async (g) => ({
      idMasked: g.files[0].idMasked,
      files: (
        await Promise.all(
          g.files.map(async (f) => ({
            veteranId: f.id,
            name: f.name,
            place: placeName(orgs, f.orgPath),
            lifeStatus: f.lifeStatus,
            version: f.version,
            phoneMasked: f.phoneMasked ?? '',
            bound: Boolean(f.openid),
            pinned: await pinnedRecords(ctx.read, f.id),
          })),
        )
      ).sort((a, b) => a.veteranId.localeCompare(b.veteranId)),
    })),
  );
  return { groups: out.sort((a, b) => a.idMasked.localeCompare(b.idMasked)) };
});
