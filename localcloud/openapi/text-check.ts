import { randomUUID } from 'node:crypto';

/**
 * The local stand-in for `security.msgSecCheck`. WeChat judges the text; locally the verdict is a fixed,
 * documented rule so tests and a district's trial can reach every answer on purpose:
 * - a blocked word (LocalCloudOptions.blockedWords) is risky, a review word (reviewWords) needs review;
 * - version 2 (the current API) answers errcode 0 with `result.suggest` `pass` / `review` / `risky` and a
 *   `label` (100 normal, 21000 other), and requires `openid` of a user who used the mini-program within the
 *   last 2 hours, else errcode 61010 (WeChat: "用户访问记录超时（用户未在近两小时访问小程序）");
 * - version 1 (no `version`) answers 87014 for risky content and 0 otherwise (v1 has no review).
 * "Used the mini-program" locally = a function invocation carrying that OPENID (gateway or invoke()).
 */
export const RISKY_CONTENT = 87014;
export const USER_NOT_ACTIVE = 61010;
export const ACTIVE_WINDOW_MS = 2 * 60 * 60 * 1000;

export interface TextCheckRules {
  blocked: string[];
  review: string[];
  /** When the user with this openid last called a function, per the local cloud's clock. */
  lastActive(openid: string): Date | undefined;
  now(): Date;
}

export type TextVerdict = Record<string, unknown> & { errcode: number; errmsg: string };

export function checkText(params: Record<string, unknown>, rules: TextCheckRules): TextVerdict {
  const content = typeof params.content === 'string' ? params.content : '';
  const risky = rules.blocked.find((word) => content.includes(word));
  const review = risky ? undefined : rules.review.find((word) => content.includes(word));
  if (Number(params.version) !== 2) {
    if (risky) return { errcode: RISKY_CONTENT, errmsg: `risky content (命中敏感词: ${risky})` };
    return { errcode: 0, errmsg: 'ok' };
  }
  const openid = typeof params.openid === 'string' ? params.openid : '';
  if (!openid) return { errcode: 40003, errmsg: 'invalid openid (msgSecCheck v2 需要 openid)' };
  const seen = rules.lastActive(openid);
  if (!seen || rules.now().getTime() - seen.getTime() > ACTIVE_WINDOW_MS) {
    return { errcode: USER_NOT_ACTIVE, errmsg: 'user not active in 2 hours (用户未在近两小时访问小程序)' };
  }
  const suggest = risky ? 'risky' : review ? 'review' : 'pass';
  const label = suggest === 'pass' ? 100 : 21000;
  return {
    errcode: 0,
    errmsg: 'ok',
    result: { suggest, label },
    detail: [{ strategy: 'keyword', errcode: 0, suggest, label, keyword: risky ?? review ?? '', prob: 90 }],
    trace_id: randomUUID(),
  };
}
