import type { RequestDoc, TimelineEvent } from '../../../types/requests/model';
import type { ActionContext } from '../../_kernel/action';
import { REOPEN_WINDOW_DAYS } from '../../../types/requests/state-machine';

const systemEvent = (kind: TimelineEvent['kind'], text: string, at: Date, internal: boolean): TimelineEvent => ({
  id: `${kind}-${at.getTime().toString(36)}`,
  kind,
  at,
  by: 'system',
  byName: '系统',
  text,
  internal,
});

/**
 * The timer trigger (every 10 minutes): marks open requests whose deadline passed as overdue, and
 * closes answered ones nobody rated or reopened within 30 days. Each is one conditional update, so it
 * never overwrites a step taken meanwhile; marking overdue does not change the version (it is not a
 * step anyone took), closing does.
 */
export async function markOverdue(ctx: ActionContext): Promise<{ overdue: number; autoClosed: number }> {
  const { db, _, now } = ctx;
  const requests = db.collection('requests');
  const late = (await requests.where({ active: 1, overdue: 0, dueAt: _.lt(now) }).update({
    data: { overdue: 1, timeline: _.push([systemEvent('overdue', '已超过办理期限', now, true)]) },
  })) as { stats: { updated: number } };
  const answeredBefore = new Date(now.getTime() - REOPEN_WINDOW_DAYS * 86_400_000);
  const stale = (await requests.where({ status: 'answered', answeredAt: _.lt(answeredBefore) }).update({
    data: {
      status: 'closed',
      active: 0,
      outcome: 'closed_unrated',
      closedAt: now,
      dueAt: null,
      version: _.inc(1),
      updatedAt: now,
      timeline: _.push([systemEvent('auto_closed', '答复后 30 天未评价，诉求自动办结', now, false)]),
    } satisfies Partial<Record<keyof RequestDoc, unknown>>,
  })) as { stats: { updated: number } };
  return { overdue: late.stats.updated, autoClosed: stale.stats.updated };
}
