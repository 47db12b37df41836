import { AppError } from '../../../types/common/errors';
import type { VeteranDoc } from '../../../types/veteran/model';
import type { ActionContext } from '../../_kernel/action';
import type { Caller } from '../../_kernel/caller';
import { inTransaction, txGet } from '../../_kernel/transaction';
import { staffActor } from '../../_domain/dossier/actor';
import { changeEntry } from '../../_domain/dossier/history';
import { planChanges } from '../../_domain/dossier/plan-changes';
import { refreshGridStats } from '../../_domain/dossier/refresh-stats';
import { assertIdNumberFree } from '../../_domain/dossier/unique-id';

const CHANGED = '档案已被他人修改，请刷新后再处理';

/**
 * One file of a duplicate group had the wrong number typed: it gets `idNumber`, parsed as every ID number
 * is and refused if any other file holds it (the district's admin may change any file's number through
 * 核实 as well: this is the same change, recorded as a correction with its reason).
 */
export async function correctIdNumber(
  ctx: ActionContext,
  me: Caller,
  file: VeteranDoc,
  input: { version: number; idNumber: string; note: string },
): Promise<void> {
  const { db, now } = ctx;
  if (file.version !== input.version) throw new AppError('CONFLICT', CHANGED);
  const planned = planChanges(file, { idNumber: input.idNumber }, ctx.pii(), now, () => 'idNumber');
  if (!planned.fields.length) throw new AppError('INVALID_INPUT', '新身份证号与原来的相同', 'idNumber');
  await assertIdNumberFree(ctx, me, file, planned.update, 'idNumber');
  const actor = staffActor(me, file.orgPath);
  await inTransaction(db, async (tx) => {
    const current = await txGet<VeteranDoc>(tx, 'veterans', file._id);
    if (!current || current.version !== file.version) throw new AppError('CONFLICT', CHANGED);
    await tx
      .collection('veterans')
      .doc(file._id)
      .update({ data: { ...planned.update, updatedAt: now, version: file.version + 1 } });
    const { _id, ...entry } = changeEntry(file._id, actor, 'correction', planned.changes, now, { note: input.note });
    await tx.collection('fileChanges').doc(_id).set({ data: entry });
  });
  await refreshGridStats(ctx, [file.gridId]);
}
