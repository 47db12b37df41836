import { pageWithQuery } from '../../../types/common/pages';
import { shanghaiMinute } from '../../../types/common/shanghai-time';
import type { RequestDoc } from '../../../types/requests/model';
import type { ActionContext } from '../../_kernel/action';
import { notifyUser } from '../../_domain/subscriptions';

/** The request's page in the app (the subscribe message opens it). */
export function detailPage(id: string): string {
  return pageWithQuery('requestsDetail', { id });
}

/**
 * Tells the person who asked about a step (where they left an authorisation; never more). `phrase` is
 * at most 5 characters (the template's phrase field); failures are logged, never block the step.
 */
export async function notifySubmitter(
  ctx: ActionContext,
  doc: RequestDoc,
  phrase: string,
  summary: string,
): Promise<void> {
  if (!doc.openid) return;
  try {
    await notifyUser(
      ctx,
      doc.openid,
      'requestProgress',
      [doc.refNo, phrase, summary, shanghaiMinute(ctx.now)],
      detailPage(doc._id),
      `request:${doc._id}:${ctx.requestId}`,
    );
  } catch (err) {
    console.error('[requests] notify failed', err);
  }
}
