import { createHash } from 'node:crypto';
import { submitRequest } from '../../../types/requests/submit';
import type { RequestDoc } from '../../../types/requests/model';
import { STATUS_LABELS } from '../../../types/requests/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import { AppError } from '../../../types/common/errors';
import { maskPhone } from '../../../types/common/validators';
import { defineAction } from '../../_kernel/action';
import { inTransaction, txGet } from '../../_kernel/transaction';
import { assertAttachable } from '../../_kernel/uploads';
import { actingStaff } from '../workflow/acting-staff';
import { newRequest } from '../../../types/requests/new-request';
import { nextRefNo } from '../workflow/ref-number';
import { notifySubmitter } from '../workflow/notify-step';

/** The request's id derives from who submits and the form's token: a retry lands on the same document. */
function requestIdOf(openid: string, clientToken: string): string {
  return createHash('sha256').update(`${openid}\n${clientToken}`).digest('hex').slice(0, 32);
}

export default defineAction(submitRequest, async (input, ctx) => {
  const me = await ctx.caller();
  let veteran: VeteranDoc;
  let filedBy: { staffId: string; name: string } | null = null;
  if (input.veteranId) {
    const missing = new AppError('NOT_FOUND', '没有找到该退役军人的档案', 'veteranId');
    const { thing: found } = await ctx.authorizeFound(
      'request:submitFor',
      await ctx.read.byId<VeteranDoc>('veterans', input.veteranId),
      missing,
    );
    if (found.lifeStatus !== 'in_district') throw missing;
    veteran = found;
    filedBy = actingStaff(me, found.orgPath);
  } else {
    veteran = (await ctx.authorizeSeat('veteran:self')).me.veteran as VeteranDoc;
  }
  assertAttachable(ctx, input.photos, 'requests', { field: 'photos' });
  const phone = input.contact.method === 'phone' && input.contact.phone ? input.contact.phone : null;
  const pii = ctx.pii();
  const id = requestIdOf(me.openid, input.clientToken);
  const { now } = ctx;

  const result = await inTransaction(ctx.db, async (tx) => {
    const existing = await txGet<RequestDoc>(tx, 'requests', id);
    if (existing) return { doc: existing, created: false };
    const refNo = await nextRefNo(tx, now);
    const doc = newRequest({
      id,
      refNo,
      veteran,
      filedBy,
      category: input.category,
      urgency: input.urgency,
      description: input.description,
      photos: input.photos,
      contact: {
        method: input.contact.method,
        phoneMasked: phone ? maskPhone(phone) : null,
        phoneEnc: phone ? pii.encrypt(phone) : null,
      },
      at: now,
    });
    const { _id, ...body } = doc;
    await tx.collection('requests').doc(_id).set({ data: body });
    return { doc, created: true };
  });

  const { doc, created } = result;
  if (created && filedBy) await notifySubmitter(ctx, doc, STATUS_LABELS.submitted, `${filedBy.name}已代您提交诉求`);
  return {
    id: doc._id,
    refNo: doc.refNo,
    status: doc.status,
    dueAt: doc.dueAt ? doc.dueAt.toISOString() : null,
    created,
  };
});
