import { revealRegistrationPhone } from '../../../types/account/registrations';
import type { RegistrationDoc } from '../../../types/account/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { writeAudit } from '../../_domain/dossier/audit';

/** The registrant's full number, so the grid team can call them before binding: logged before it is answered. */
export default defineAction(revealRegistrationPhone, async ({ registrationId }, ctx) => {
  const reg = await ctx.read.byId<RegistrationDoc>('registrations', registrationId);
  if (!reg) throw new AppError('NOT_FOUND', '没有找到该登记', 'registrationId');
  const me = await ctx.authorize('registration:review', reg);
  if (reg.status !== 'pending') throw new AppError('PRECONDITION_FAILED', '该登记已处理，无需再电话核实');
  const phone = ctx.pii().decrypt(reg.phoneEnc);
  await writeAudit(ctx.db, me, {
    kind: 'reveal',
    targetId: reg._id,
    orgPath: reg.orgPath,
    field: 'phone',
    reason: '电话核实登记人身份',
    at: ctx.now,
  });
  return { phone };
});
