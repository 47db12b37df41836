import { AppError } from '../../../types/common/errors';
import { can } from '../../../types/auth/policies';
import { requestDetail } from '../../../types/requests/follow';
import { CONTACT_LABELS, STATUS_PLAIN, type RequestDoc } from '../../../types/requests/model';
import { defineAction } from '../../_kernel/action';
import { tempUrls } from '../../_kernel/uploads';
import type { RequestDetail } from '../../../types/requests/views';
import { reopenUntil } from '../../../types/requests/state-machine';
import { callerSteps, isHandler, isSubmitter, requestPlace } from '../workflow/caller-steps';
import { lookupsFor, toSummary } from '../workflow/views';

/** One request with its timeline: to the person who asked, or to staff over it (who also see internal notes). */
export default defineAction(requestDetail, async ({ id }, ctx) => {
  // A missing request and someone else's answer alike: nobody learns that an id exists.
  const { me, thing: doc } = await ctx.authorizeFound(
    'request:view',
    await ctx.read.byId<RequestDoc>('requests', id),
    new AppError('NOT_FOUND', '没有找到该诉求', 'id'),
    requestPlace,
  );
  const submitter = isSubmitter(me, doc);
  const handler = isHandler(me, doc);
  const staffView = handler || can(me, 'request:oversee', doc);
  const timeline = doc.timeline.filter((e) => staffView || !e.internal);
  const [look, urls] = await Promise.all([
    lookupsFor(ctx, [doc]),
    tempUrls(ctx, [...doc.photos, ...timeline.flatMap((e) => e.photos ?? [])]),
  ]);
  const assignee = doc.assigneeId ? look.staff.get(doc.assigneeId) : undefined;
  const station = look.orgs.get(doc.handlerOrgId)?.station;
  const steps = callerSteps(me, doc, ctx.now);
  const until = reopenUntil(doc);
  return {
    ...toSummary(doc, look),
    description: doc.description,
    plainStatus: STATUS_PLAIN[doc.status],
    photoUrls: doc.photos.map((p) => urls.get(p) ?? '').filter(Boolean),
    contact: {
      method: doc.contact.method,
      methodLabel: CONTACT_LABELS[doc.contact.method],
      phoneMasked: doc.contact.phoneMasked,
    },
    handler: {
      orgId: doc.handlerOrgId,
      orgName: toSummary(doc, look).handlerName,
      assigneeName: assignee?.name ?? null,
      phone: assignee?.workPhone ?? station?.phone ?? null,
    },
    answer: doc.answer,
    answeredAt: doc.answeredAt ? doc.answeredAt.toISOString() : null,
    rating: doc.rating,
    ratingComment: doc.ratingComment,
    returnReason: doc.returnReason,
    reopenUntil: until && (doc.status === 'answered' || doc.status === 'closed') ? until.toISOString() : null,
    timeline: timeline.map((e) => ({
      id: e.id,
      kind: e.kind,
      at: e.at.toISOString(),
      byName: e.byName,
      text: e.text,
      internal: e.internal,
      photoUrls: (e.photos ?? []).map((p) => urls.get(p) ?? '').filter(Boolean),
      ...(e.rating ? { rating: e.rating } : {}),
    })),
    version: doc.version,
    steps,
    viewer: (submitter ? 'submitter' : handler ? 'handler' : 'overseer') as RequestDetail['viewer'],
    canEscalate: steps.includes('escalate'),
    canHandBack: steps.includes('handBack'),
  };
});
