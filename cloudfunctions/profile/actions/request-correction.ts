import { requestCorrection } from '../../../types/profile/requests';
import { AppError } from '../../../types/common/errors';
import { FILE_FIELDS } from '../../../types/veteran/fields';
import type { CorrectionDoc } from '../../../types/veteran/records';
import { defineAction } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';
import { assertAttachable } from '../../_kernel/uploads';
import { assertConsenting, ownFile } from '../../_domain/dossier/actor';
import { loadFile } from '../../_domain/dossier/load-file';
import { planChanges } from '../../_domain/dossier/plan-changes';
import { assertIdNumberFree } from '../../_domain/dossier/unique-id';

/**
 * A correction request for one field of my file, checked as the grid member's edit would be (nothing is
 * written on a bad value). The value of a sensitive field is kept sealed until the grid member confirms.
 */
export default defineAction(requestCorrection, async (input, ctx) => {
  const { db, read, now } = ctx;
  const me = await ctx.caller();
  const { veteranId, actor } = ownFile(me, input.forVeteranId);
  const file = await loadFile(read, veteranId);
  if (input.photoFileId)
    assertAttachable(ctx, [input.photoFileId], 'corrections', { field: 'photoFileId', indexed: false });
  assertConsenting(file);
  const def = FILE_FIELDS[input.field] as { staffOnly?: boolean; sensitive?: string };
  if (def.staffOnly) throw new AppError('INVALID_INPUT', '这一项由网格员维护，如有变化请直接联系网格员', 'field');
  const pii = ctx.pii();
  const planned = planChanges(file, { [input.field]: input.value }, pii, now, () => 'value');
  if (!planned.fields.length) throw new AppError('INVALID_INPUT', '与档案中的内容相同，无需更正', 'value');
  await assertIdNumberFree(ctx, me, file, planned.update, 'value');
  const waiting = await read.one<CorrectionDoc>('corrections', { veteranId, field: input.field, status: 'pending' });
  if (waiting) throw new AppError('ALREADY_EXISTS', '这一项已有更正申请在等待网格员核实', 'field');

  const sealed = Boolean(def.sensitive);
  const doc: CorrectionDoc = {
    _id: newId(),
    veteranId,
    veteranName: file.name,
    gridId: file.gridId,
    orgPath: file.orgPath,
    field: input.field,
    valueText: sealed ? null : input.value.trim(),
    valueEnc: sealed ? pii.encrypt(input.value.trim()) : null,
    valueShown: planned.changes[0].after,
    before: planned.changes[0].before,
    reason: input.reason,
    photoFileId: input.photoFileId ?? null,
    status: 'pending',
    requestedBy: actor,
    createdAt: now,
    decidedBy: null,
    decidedAt: null,
    note: '',
  };
  const { _id, ...data } = doc;
  await db.collection('corrections').doc(_id).set({ data });
  return { correctionId: doc._id };
});
