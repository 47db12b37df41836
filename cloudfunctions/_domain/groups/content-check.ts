import { AppError } from '../../../types/common/errors';
import type { ActionContext } from '../../_kernel/action';

/** WeChat's errcodes: risky content (v1), and a user who has not used the mini-program in the last 2 hours. */
const RISKY = 87014;
const USER_NOT_ACTIVE = 61010;

/**
 * WeChat's text check (security.msgSecCheck, version 2) before anything user-written is stored. v2 answers
 * errcode 0 with `result.suggest`: `risky` and `review` (WeChat advises a human look; we have no moderation
 * queue, so it is not stored either, with its own message) are CONTENT_REJECTED on `field`. 61010 (the
 * user has not used the mini-program in 2 hours) asks them to reopen it; any other failure of the check is
 * INTERNAL (never stored unchecked). The function's config.json must declare `security.msgSecCheck`.
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
    const code = (err as { errCode?: number })?.errCode;
    if (code === RISKY) throw new AppError('CONTENT_REJECTED', undefined, field);
    if (code === USER_NOT_ACTIVE)
      throw new AppError('PRECONDITION_FAILED', '微信要求近两小时内使用过小程序才能发布内容，请重新打开小程序后再试');
    console.error('[content-check] msgSecCheck failed', err);
    throw new AppError('INTERNAL', '内容安全检查暂时不可用，请稍后再试');
  }
  const suggest = answer?.result?.suggest;
  if (suggest === 'review')
    throw new AppError('CONTENT_REJECTED', '内容可能含有不适宜的信息，需要人工复核，暂不能发布，请修改后再发', field);
  if (suggest && suggest !== 'pass') throw new AppError('CONTENT_REJECTED', undefined, field);
}
