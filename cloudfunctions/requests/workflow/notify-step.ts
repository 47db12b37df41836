import type { RequestDoc } from '../../../types/requests/model';
import type { ActionContext } from '../../_kernel/action';
import { notifyUser } from '../../_domain/subscriptions';

/** The request's page in the app (the subscribe message opens it). */
export function detailPage(id: string): string {
  return `features/requests/pages/detail?id=${id}`;
}

/** 2026-11-29 14:05, Beijing time (subscribe messages take a plain time string). */
export function beijingTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
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
      [doc.refNo, phrase, summary, beijingTime(ctx.now)],
      detailPage(doc._id),
    );
  } catch (err) {
    console.error('[requests] notify failed', err);
  }
}
