import { AppError } from '../../../types/common/errors';
import type { ActionContext } from '../../_kernel/action';

/** WeChat's errcode for risky content. */
const RISKY = 87014;

/**
 * WeChat's text check (security.msgSecCheck, version 2) before anything user-written is stored. A risky
 * verdict is CONTENT_REJECTED on `field`; a failure of the check itself is INTERNAL (never stored unchecked).
 * The function's config.json must declare `security.msgSecCheck`.
 */
export async function checkText(ctx: ActionContext, openid: string, text: string, field: string): Promise<void> {
  if (!text.trim()) return;
  let answer: { result?: { suggest?: string } };
  try {
    answer = (await ctx.sdk.openapi.security.msgSecCheck({
      content: text,
      version: 2,
      scene: 2,
      openid,
    })) as typeof answer;
  } catch (err) {
    if ((err as { errCode?: number })?.errCode === RISKY) throw new AppError('CONTENT_REJECTED', undefined, field);
    console.error('[content-check] msgSecCheck failed', err);
    throw new AppError('INTERNAL', '内容安全检查暂时不可用，请稍后再试');
  }
  const suggest = answer?.result?.suggest;
  if (suggest && suggest !== 'pass') throw new AppError('CONTENT_REJECTED', undefined, field);
}
