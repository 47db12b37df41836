import { revealField } from '../../../types/ledger/reveal';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { writeAudit } from '../../_domain/dossier/audit';
import { loadFile } from '../../_domain/dossier/load-file';

/** One full number, for a stated reason: logged (who, whose, what, when, why) before it is answered. */
export default defineAction(revealField, async ({ veteranId, field, reason }, ctx) => {
  const file = await loadFile(ctx.read, veteranId);
  const me = await ctx.authorize('file:keep', file);
  const sealed =
    field === 'idNumber' ? file.idEnc : field === 'phone' ? file.phoneEnc : file.emergencyContact?.phoneEnc;
  if (!sealed) throw new AppError('NOT_FOUND', '档案中没有登记该号码', 'field');
  const value = ctx.pii().decrypt(sealed);
  await writeAudit(ctx.db, me, {
    kind: 'reveal',
    targetId: veteranId,
    orgPath: file.orgPath,
    field,
    reason,
    at: ctx.now,
  });
  return { value };
});
