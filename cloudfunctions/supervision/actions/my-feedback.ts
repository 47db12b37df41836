import { myFeedback } from '../../../types/supervision/feedback';
import type { FeedbackAuthorDoc, FeedbackDoc } from '../../../types/supervision/feedback-model';
import { defineAction } from '../../_kernel/action';
import { orgName, orgsById } from '../../_domain/orgs';
import { feedbackView } from '../feedback/views';
import { meetingTitles } from '../feedback/meeting-titles';

/** The caller's own feedback, newest first, with the agency's answers and rectification. */
export default defineAction(myFeedback, async (_input, ctx) => {
  const me = await ctx.caller();
  const authored = await ctx.read.many<FeedbackAuthorDoc>(
    'feedbackAuthors',
    { openid: me.openid },
    { limit: 100, orderBy: [['filedAt', 'desc']] },
  );
  if (!authored.length) return { items: [] };
  const docs = await ctx.read.many<FeedbackDoc>(
    'conductFeedback',
    { _id: ctx._.in(authored.map((a) => a._id)) },
    { limit: authored.length },
  );
  docs.sort((a, b) => b.filedAt.getTime() - a.filedAt.getTime());
  const bodies = await orgsById(
    ctx.db,
    ctx.read,
    docs.map((d) => d.bodyId),
  );
  const titles = await meetingTitles(ctx, docs);
  return { items: docs.map((d) => feedbackView(d, orgName(bodies, d.bodyId), ctx.now, titles)) };
});
