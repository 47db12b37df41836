import { decideCorrection } from '../../../types/ledger/corrections';
import { AppError } from '../../../types/common/errors';
import type { VeteranDoc } from '../../../types/veteran/model';
import { ACTOR_KIND_LABELS } from '../../../types/veteran/views';
import type { CorrectionDoc } from '../../../types/veteran/records';
import { defineAction } from '../../_kernel/action';
import { inTransaction, txGet } from '../../_kernel/transaction';
import { staffActor } from '../../_domain/dossier/actor';
import { changeEntry } from '../../_domain/dossier/history';
import { loadFile } from '../../_domain/dossier/load-file';
import { planChanges } from '../../_domain/dossier/plan-changes';
import { refreshGridStats } from '../../_domain/dossier/refresh-stats';
import { assertIdNumberFree } from '../../_domain/dossier/unique-id';

/**
 * The grid member confirms a correction (the file changes, stamped verified, the history names who asked
 * and who confirmed) or rejects it with a note the person reads.
 */
export default defineAction(decideCorrection, async ({ correctionId, decision, note }, ctx) => {
  const { db, read, now } = ctx;
  const correction = await read.byId<CorrectionDoc>('corrections', correctionId);
  if (!correction) throw new AppError('NOT_FOUND', '没有找到该更正申请', 'correctionId');
  const me = await ctx.authorize('file:keep', correction);
  const actor = staffActor(me, correction.orgPath);
  const file = await loadFile(read, correction.veteranId, 'correctionId');
  const pii = ctx.pii();
  const value = correction.valueText ?? pii.decrypt(correction.valueEnc as string);
  const planned =
    decision === 'confirm' ? planChanges(file, { [correction.field]: value }, pii, now, () => 'correctionId') : null;
  if (planned) await assertIdNumberFree(ctx, me, file, planned.update, 'correctionId');
  const decided = { decidedBy: actor, decidedAt: now, note };

  await inTransaction(db, async (tx) => {
    const current = await txGet<CorrectionDoc>(tx, 'corrections', correctionId);
    if (current?.status !== 'pending') throw new AppError('PRECONDITION_FAILED', '该更正申请已处理，请刷新');
    if (!planned) {
      await tx
        .collection('corrections')
        .doc(correctionId)
        .update({ data: { status: 'rejected', ...decided } });
      return;
    }
    const latest = await txGet<VeteranDoc>(tx, 'veterans', file._id);
    if (!latest || latest.version !== file.version) throw new AppError('CONFLICT', '档案刚被修改，请刷新后再处理');
    await tx
      .collection('veterans')
      .doc(file._id)
      .update({
        data: { ...planned.update, verifiedAt: now, verifiedBy: actor.id, updatedAt: now, version: file.version + 1 },
      });
    await tx
      .collection('corrections')
      .doc(correctionId)
      .update({ data: { status: 'confirmed', ...decided } });
    const asked = `${ACTOR_KIND_LABELS[correction.requestedBy.kind]}申请更正：${correction.reason}`;
    const { _id, ...entry } = changeEntry(file._id, actor, 'correction', planned.changes, now, {
      note: note ? `${asked}；核实意见：${note}` : asked,
    });
    await tx.collection('fileChanges').doc(_id).set({ data: entry });
  });
  if (planned) await refreshGridStats(ctx, [file.gridId]);
  return { status: planned ? ('confirmed' as const) : ('rejected' as const) };
});
