import { listFeedback } from '../../../types/supervision/feedback';
import type { FeedbackDoc } from '../../../types/supervision/feedback-model';
import type { OrgDoc } from '../../../types/org/model';
import { defineAction } from '../../_kernel/action';
import { bodyFor } from '../bodies/body';
import { feedbackView } from '../feedback/views';
import { meetingTitles } from '../feedback/meeting-titles';

/** The agency's feedback inbox, newest first. */
export default defineAction(listFeedback, async ({ status }, ctx) => {
  const { bodyId } = await bodyFor(ctx, 'feedback:handle');
  const where = status ? { bodyId, status } : { bodyId };
  const [docs, body] = await Promise.all([
    ctx.read.many<FeedbackDoc>('conductFeedback', where, { limit: 200, orderBy: [['filedAt', 'desc']] }),
    ctx.read.byId<OrgDoc>('orgs', bodyId),
  ]);
  const titles = await meetingTitles(ctx, docs);
  return { items: docs.map((d) => feedbackView(d, body?.name ?? '', ctx.now, titles)) };
});
