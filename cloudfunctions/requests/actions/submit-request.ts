import { createHash } from 'node:crypto';
import { submitRequest } from '../../../types/requests/submit';
import type { RequestDoc } from '../../../types/requests/model';
import { STATUS_LABELS } from '../../../types/requests/model';
import { CATEGORY_RULES } from '../../../types/requests/time-limits';
import type { VeteranDoc } from '../../../types/veteran/model';
import { AppError } from '../../../types/common/errors';
import { maskPhone } from '../../../types/common/validators';
import { defineAction } from '../../_kernel/action';
import { inTransaction, txGet } from '../../_kernel/transaction';
import { assertOwnUploads } from '../../_kernel/uploads';
import { actingStaff } from '../workflow/acting-staff';
import { deadlinesFrom } from '../workflow/deadlines';
import { handlerOrgOf } from '../workflow/levels';
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
  assertOwnUploads(input.photos, 'requests', me.openid);
  const phone = input.contact.method === 'phone' && input.contact.phone ? input.contact.phone : null;
  const pii = ctx.pii();
  const id = requestIdOf(me.openid, input.clientToken);
  const { now } = ctx;
  const level = CATEGORY_RULES[input.category].firstLevel;
  const { acceptDueAt, answerDueAt } = deadlinesFrom(now, input.category, input.urgency);

  const result = await inTransaction(ctx.db, async (tx) => {
    const existing = await txGet<RequestDoc>(tx, 'requests', id);
    if (existing) return { doc: existing, created: false };
    const refNo = await nextRefNo(tx, now);
    const doc: RequestDoc = {
      _id: id,
      refNo,
      category: input.category,
      description: input.description,
      photos: input.photos,
      contact: {
        method: input.contact.method,
        phoneMasked: phone ? maskPhone(phone) : null,
        phoneEnc: phone ? pii.encrypt(phone) : null,
      },
      urgency: input.urgency,
      priority: input.urgency === 'urgent' ? 1 : 0,
      veteranId: veteran._id,
      veteranName: veteran.name,
      openid: veteran.openid,
      filedBy: filedBy?.staffId ?? null,
      orgPath: veteran.orgPath,
      gridId: veteran.gridId,
      status: 'submitted',
      active: 1,
      level,
      handlerOrgId: handlerOrgOf(veteran.orgPath, level),
      assigneeId: null,
      legacy: 0,
      acceptDueAt,
      answerDueAt,
      dueAt: acceptDueAt,
      overdue: 0,
      answer: null,
      answeredAt: null,
      answerHours: null,
      rating: null,
      ratingComment: null,
      unsatisfiedCount: 0,
      outcome: 'open',
      returnReason: null,
      timeline: [
        {
          id: 'submitted',
          kind: 'submitted',
          at: now,
          by: filedBy?.staffId ?? 'submitter',
          byName: filedBy ? `${filedBy.name}（代为提交）` : veteran.name,
          text: input.description,
          internal: false,
          photos: input.photos,
        },
      ],
      version: 1,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    };
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
