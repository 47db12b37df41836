import { randomUUID } from 'node:crypto';
import { checkImage } from './image-check';
import type { SubscribeMessages } from './subscribe-message';

export interface OpenApiCallContext {
  requestId: string | null;
  now: () => Date;
  /** The openapi names the calling function declared in config.json (permissions.openapi), null = unchecked. */
  permittedApis: string[] | null;
}

export type OpenApiAnswer = Record<string, unknown> & { errcode: number; errmsg: string };

/** WeChat's errcode for "content is risky" (msgSecCheck, imgSecCheck). */
export const RISKY_CONTENT = 87014;
/** WeChat Cloud's errcode when a function calls an openapi it did not declare in config.json. */
export const API_NOT_PERMITTED = -604101;

/**
 * The WeChat server APIs the local cloud answers (`cloud.openapi.*`). Params arrive with snake_case keys,
 * as the SDK converts them; answers are WeChat's JSON (the SDK turns a non-zero errcode into a thrown error).
 */
export class OpenApiService {
  private blocked: string[];

  constructor(
    private readonly subscribe: SubscribeMessages,
    blockedWords: string[],
  ) {
    this.blocked = blockedWords.filter((w) => w.length > 0);
  }

  setBlockedWords(words: string[]): void {
    this.blocked = words.filter((w) => w.length > 0);
  }

  call(api: string, params: Record<string, unknown>, ctx: OpenApiCallContext): OpenApiAnswer {
    if (ctx.permittedApis && !ctx.permittedApis.includes(api)) {
      return { errcode: API_NOT_PERMITTED, errmsg: `云函数未在 config.json 的 permissions.openapi 中声明 ${api}` };
    }
    switch (api) {
      case 'subscribeMessage.send':
        return this.subscribe.send(params, ctx.now(), ctx.requestId);
      case 'security.msgSecCheck':
        return this.checkText(params);
      case 'security.imgSecCheck':
        return checkImage(params);
      default:
        return { errcode: -1, errmsg: `本地云未实现 openapi.${api}` };
    }
  }

  private checkText(params: Record<string, unknown>): OpenApiAnswer {
    const content = typeof params.content === 'string' ? params.content : '';
    const hit = this.blocked.find((word) => content.includes(word));
    if (hit) return { errcode: RISKY_CONTENT, errmsg: `risky content (命中敏感词: ${hit})` };
    if (Number(params.version) === 2) {
      return {
        errcode: 0,
        errmsg: 'ok',
        result: { suggest: 'pass', label: 100 },
        detail: [{ strategy: 'content_model', errcode: 0, suggest: 'pass', label: 100, prob: 90 }],
        trace_id: randomUUID(),
      };
    }
    return { errcode: 0, errmsg: 'ok' };
  }
}
