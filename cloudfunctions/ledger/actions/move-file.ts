import { moveFile } from '../../../types/ledger/edits';
import { AppError } from '../../../types/common/errors';
import type { OrgDoc } from '../../../types/org/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import { defineAction } from '../../_kernel/action';
import { orgsById, placeName } from '../../_domain/orgs';
import { inTransaction, txGet } from '../../_kernel/transaction';
import { staffActor } from '../../_domain/dossier/actor';
import { changeEntry } from '../../_domain/dossier/history';
import { loadFile } from '../../_domain/dossier/load-file';
import { refreshGridStats } from '../../_domain/dossier/refresh-stats';

/**
 * The person moved house: the file goes to the new grid with its history. The grid group follows
 * (membership is derived from the file's grid); pending corrections go to the new grid's team.
 */
export default defineAction(moveFile, async ({ veteranId, toGridId, note }, ctx) => {
  const { db, read, now, _ } = ctx;
  const file = await loadFile(read, veteranId);
  const me = await ctx.authorize('file:keep', file);
  const grid = await read.byId<OrgDoc>('orgs', toGridId);
  if (!grid || grid.kind !== 'grid') throw new AppError('NOT_FOUND', '目标网格不存在', 'toGridId');
  if (grid._id === file.gridId) throw new AppError('PRECONDITION_FAILED', '已在该网格，无需转移', 'toGridId');
  const actor = staffActor(me, file.orgPath);
  const orgs = await orgsById(db, read, [...file.orgPath, ...grid.path]);
  const change = { label: '所属网格', before: placeName(orgs, file.orgPath), after: placeName(orgs, grid.path) };
  await inTransaction(db, async (tx) => {
    const current = await txGet<VeteranDoc>(tx, 'veterans', veteranId);
    if (!current || current.gridId !== file.gridId) throw new AppError('CONFLICT', '档案已被他人转移，请刷新');
    await tx
      .collection('veterans')
      .doc(veteranId)
      .update({ data: { gridId: grid._id, orgPath: _.set(grid.path), updatedAt: now, version: current.version + 1 } });
    const { _id, ...entry } = changeEntry(veteranId, actor, 'move', [change], now, { note });
    await tx.collection('fileChanges').doc(_id).set({ data: entry });
  });
  await db
    .collection('corrections')
    .where({ veteranId, status: 'pending' })
    .update({ data: { gridId: grid._id, orgPath: _.set(grid.path) } });
  await refreshGridStats(ctx, [file.gridId, grid._id]);
  return { gridId: grid._id, gridName: grid.name };
});
