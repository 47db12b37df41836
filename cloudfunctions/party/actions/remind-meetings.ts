import type { MeetingDoc, PartyMemberDoc } from '../../../types/party/model';
import { MEETING_KIND_LABELS } from '../../../types/party/model';
import { shanghaiMinute } from '../../../types/common/shanghai-time';
import { pageWithQuery } from '../../../types/common/pages';
import type { ActionContext } from '../../_kernel/action';
import { notifyUser } from '../../_domain/subscriptions';

/** How long before a meeting its members are reminded. */
export const REMIND_AHEAD_MS = 24 * 3600_000;
/** Stop starting sends this long before the invocation's deadline; the next run picks up the rest. */
const MARGIN_MS = 2000;

/**
 * Timer job (config.json `remindMeetings`, every 10 minutes): for each scheduled meeting starting within a
 * day and not yet reminded, one subscribe message (template partyMeeting) to every bound member on its
 * roster who holds an authorisation. notifyUser claims (meeting, person) first, so an overlapping or
 * repeated run never sends twice; the meeting is marked reminded once every member was tried.
 */
export async function remindMeetings(ctx: ActionContext): Promise<{ meetings: number; sent: number }> {
  const { _ } = ctx;
  const due = await ctx.read.many<MeetingDoc>(
    'partyMeetings',
    {
      status: 'scheduled',
      startAt: _.gt(ctx.now).and(_.lte(new Date(ctx.now.getTime() + REMIND_AHEAD_MS))),
      remindedAt: null,
    },
    { limit: 50, orderBy: [['startAt', 'asc']] },
  );
  let sent = 0;
  let meetings = 0;
  for (const m of due) {
    if (Date.now() > ctx.deadline - MARGIN_MS) break;
    const members = await ctx.read.many<PartyMemberDoc>(
      'partyMembers',
      { _id: _.in(m.rosterIds), openid: _.neq(null) },
      { limit: 1000 },
    );
    const values = [`${MEETING_KIND_LABELS[m.kind]}：${m.subject}`, m.place, shanghaiMinute(m.startAt)];
    // The party pages are not built yet (issue 15 item 1, pages): the message opens the member's groups,
    // where the branch's and small group's groups are listed.
    const page = pageWithQuery('grid');
    let finished = true;
    for (let i = 0; i < members.length; i += 20) {
      if (Date.now() > ctx.deadline - MARGIN_MS) {
        finished = false;
        break;
      }
      const outcomes = await Promise.all(
        members
          .slice(i, i + 20)
          .map((p) => notifyUser(ctx, p.openid as string, 'partyMeeting', values, page, `meeting-${m._id}`)),
      );
      sent += outcomes.filter((o) => o === 'sent').length;
    }
    if (!finished) break;
    await ctx.db
      .collection('partyMeetings')
      .doc(m._id)
      .update({ data: { remindedAt: ctx.now } });
    meetings += 1;
  }
  return { meetings, sent };
}
