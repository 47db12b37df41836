import { verifyFile } from '../../../types/ledger/edits';
import { AppError } from '../../../types/common/errors';
import type { FileField } from '../../../types/veteran/fields';
import type { VeteranDoc } from '../../../types/veteran/model';
import { defineAction } from '../../_kernel/action';
import { inTransaction, txGet } from '../../_kernel/transaction';
import { staffActor } from '../../_domain/dossier/actor';
import { changeEntry } from '../../_domain/dossier/history';
import { loadFile } from '../../_domain/dossier/load-file';
import { planChanges } from '../../_domain/dossier/plan-changes';
import { refreshGridStats } from '../../_domain/dossier/refresh-stats';
import { assertIdNumberFree } from '../../_domain/dossier/unique-id';
import { createVisitTask } from '../../_domain/care/visit-tasks';

/** 核实: the file confirmed as it is or with changes, stamped verified by this grid member now. */
export default defineAction(verifyFile, async (input, ctx) => {
  const { db, read, now } = ctx;
  const file = await loadFile(read, input.veteranId);
  const me = await ctx.authorize('file:keep', file);
  if (input.version !== undefined && input.version !== file.version)
    throw new AppError('CONFLICT', '档案已被他人修改，请刷新后再核实');
  const actor = staffActor(me, file.orgPath);
  const planned = planChanges(
    file,
    input.changes as Partial<Record<FileField, string>>,
    ctx.pii(),
    now,
    (f) => `changes.${f}`,
  );
  await assertIdNumberFree(ctx, me, file, planned.update, 'changes.idNumber');
  const version = file.version + 1;
  const changeId = await inTransaction(db, async (tx) => {
    const current = await txGet<VeteranDoc>(tx, 'veterans', file._id);
    if (!current || current.version !== file.version)
      throw new AppError('CONFLICT', '档案已被他人修改，请刷新后再核实');
    await tx
      .collection('veterans')
      .doc(file._id)
      .update({
        data: { ...planned.update, verifiedAt: now, verifiedBy: actor.id, updatedAt: now, version },
      });
    const { _id, ...entry } = changeEntry(file._id, actor, 'verify', planned.changes, now, {
      note: input.note,
      onBehalf: input.onBehalf,
    });
    await tx.collection('fileChanges').doc(_id).set({ data: entry });
    return _id;
  });
  await refreshGridStats(ctx, [file.gridId]);
  // A death recorded on the file is one of the six mandatory visits (家中有丧事): the grid gets a task.
  const update = planned.update as { lifeStatus?: string };
  if (update.lifeStatus === 'deceased' && file.lifeStatus !== 'deceased') {
    await createVisitTask(ctx, {
      veteranId: file._id,
      occasion: 'bereavement',
      source: 'ledger',
      sourceId: changeId,
      note: '档案登记为已故，请走访慰问家属',
      createdBy: actor.id,
    });
  }
  return { version, changed: planned.fields };
});
