import { checkImage } from './image-check';
import type { SubscribeMessages } from './subscribe-message';
import { PhoneNumbers } from './phone-number';
import { checkText } from './text-check';

export interface OpenApiCallContext {
  requestId: string | null;
  now: () => Date;
  /**
   * The openapi names the calling function declared in config.json (permissions.openapi; [] for a function
   * with no config.json, as WeChat Cloud grants it none); null = unchecked (a call not made by a function).
   */
  permittedApis: string[] | null;
  /** The app id the call runs for (phone number watermark). */
  appid?: string;
}

export type OpenApiAnswer = Record<string, unknown> & { errcode: number; errmsg: string };

/** WeChat's errcode for "content is risky" (msgSecCheck v1, imgSecCheck). */
export const RISKY_CONTENT = 87014;
/**
 * WeChat Cloud's errcode when a function calls an openapi it did not declare in config.json's
 * permissions.openapi (CloudBase FAQ 「云调用报错 -604101」: the permission must be declared there).
 */
export const API_NOT_PERMITTED = -604101;

/**
 * The WeChat server APIs the local cloud answers (`cloud.openapi.*`). Params arrive with snake_case keys,
 * as the SDK converts them; answers are WeChat's JSON (the SDK turns a non-zero errcode into a thrown error).
 */
export class OpenApiService {
  private blocked: string[];
  private review: string[];
  readonly phones = new PhoneNumbers();

  constructor(
    private readonly subscribe: SubscribeMessages,
    blockedWords: string[],
    reviewWords: string[] = [],
    /** When a user (openid) last called a function: msgSecCheck v2 answers 61010 past 2 hours. */
    private readonly lastActive: (openid: string) => Date | undefined = () => undefined,
  ) {
    this.blocked = blockedWords.filter((w) => w.length > 0);
    this.review = reviewWords.filter((w) => w.length > 0);
  }

  setBlockedWords(words: string[]): void {
    this.blocked = words.filter((w) => w.length > 0);
  }

  setReviewWords(words: string[]): void {
    this.review = words.filter((w) => w.length > 0);
  }

  call(api: string, params: Record<string, unknown>, ctx: OpenApiCallContext): OpenApiAnswer {
    if (ctx.permittedApis && !ctx.permittedApis.includes(api)) {
      return { errcode: API_NOT_PERMITTED, errmsg: `云函数未在 config.json 的 permissions.openapi 中声明 ${api}` };
    }
    switch (api) {
      case 'subscribeMessage.send':
        return this.subscribe.send(params, ctx.now(), ctx.requestId);
      case 'security.msgSecCheck':
        return checkText(params, {
          blocked: this.blocked,
          review: this.review,
          lastActive: this.lastActive,
          now: ctx.now,
        });
      case 'security.imgSecCheck':
        return checkImage(params);
      case 'phonenumber.getPhoneNumber':
        return this.phones.exchange(params, ctx.appid ?? '', ctx.now());
      default:
        return { errcode: -1, errmsg: `本地云未实现 openapi.${api}` };
    }
  }
}
