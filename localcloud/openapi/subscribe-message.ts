import { fieldProblem, keywordType } from './subscribe-fields';
import type { Outbox } from './outbox';

/** A template as the mini-program's console lists it: its id and its keywords in order (`thing1`, `time3`). */
export type SubscribeTemplates = Record<string, string[]>;

export type SubscribeAnswer = 'accept' | 'reject';

type Answer = Record<string, unknown> & { errcode: number; errmsg: string };

/** wx.requestSubscribeMessage takes at most 3 templates a prompt (errCode 20003 beyond). */
const MAX_TEMPLATES_PER_PROMPT = 3;

/**
 * WeChat's side of subscribe messages: the templates the mini-program has, and the one-time authorisations
 * each user gave (one message per accepted prompt). subscribeMessage.send answers as WeChat does:
 * 40003 no recipient, 40037 a template id the mini-program does not have, 47003 a keyword missing or
 * outside its rule (subscribe-fields.ts), 43101 the user holds no authorisation for the template. Only a
 * message WeChat accepts uses an authorisation up.
 */
export class SubscribeMessages {
  private readonly grants = new Map<string, number>();

  constructor(
    private templates: SubscribeTemplates,
    private readonly outbox: Outbox,
  ) {
    assertKnownKeywords(templates);
  }

  setTemplates(templates: SubscribeTemplates): void {
    assertKnownKeywords(templates);
    this.templates = templates;
  }

  /**
   * What the user's tap on WeChat's prompt does (wx.requestSubscribeMessage): each accepted template gains
   * one authorisation. Unknown ids and more than 3 at once are refused as the client API refuses them.
   */
  request(openid: string, answers: Record<string, SubscribeAnswer>): Answer {
    const ids = Object.keys(answers);
    if (!openid) return { errcode: 40003, errmsg: 'invalid openid' };
    if (ids.length === 0) return { errcode: 10001, errmsg: "TmplIds can't be empty" };
    if (ids.length > MAX_TEMPLATES_PER_PROMPT) return { errcode: 20003, errmsg: 'Templates count out of max bounds' };
    const unknown = ids.find((id) => !this.templates[id]);
    if (unknown)
      return { errcode: 20001, errmsg: `No template data return, verify the template id exist (${unknown})` };
    for (const id of ids) if (answers[id] === 'accept') this.grant(openid, id);
    return { errcode: 0, errmsg: 'requestSubscribeMessage:ok', ...answers };
  }

  grant(openid: string, templateId: string, count = 1): void {
    const key = grantKey(openid, templateId);
    this.grants.set(key, (this.grants.get(key) ?? 0) + count);
  }

  /** Authorisations the user still holds for the template, as WeChat counts them. */
  granted(openid: string, templateId: string): number {
    return this.grants.get(grantKey(openid, templateId)) ?? 0;
  }

  clear(): void {
    this.grants.clear();
  }

  send(params: Record<string, unknown>, sentAt: Date, requestId: string | null): Answer {
    const touser = typeof params.touser === 'string' ? params.touser : '';
    const templateId = typeof params.template_id === 'string' ? params.template_id : '';
    if (!touser) return { errcode: 40003, errmsg: 'invalid openid (touser 为空)' };
    const keywords = this.templates[templateId];
    if (!keywords) return { errcode: 40037, errmsg: `invalid template_id (${templateId || '空'})` };
    const data = params.data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      return { errcode: 47003, errmsg: 'argument invalid! data 必须是 { 字段: { value } } 对象' };
    }
    const fields = data as Record<string, { value?: unknown } | undefined>;
    for (const keyword of keywords) {
      const problem = fieldProblem(keyword, fields[keyword]?.value);
      if (problem) return { errcode: 47003, errmsg: `argument invalid! ${problem}` };
    }
    const key = grantKey(touser, templateId);
    const left = this.grants.get(key) ?? 0;
    if (left <= 0) return { errcode: 43101, errmsg: 'user refuse to accept the msg' };
    this.grants.set(key, left - 1);
    const message = this.outbox.add({
      api: 'subscribeMessage.send',
      touser,
      templateId,
      page: typeof params.page === 'string' ? params.page : null,
      data: Object.fromEntries(keywords.map((k) => [k, { value: String(fields[k]?.value) }])),
      miniprogramState: typeof params.miniprogram_state === 'string' ? params.miniprogram_state : null,
      lang: typeof params.lang === 'string' ? params.lang : null,
      sentAt: sentAt.toISOString(),
      requestId,
    });
    return { errcode: 0, errmsg: 'ok', msgid: message.id };
  }
}

function grantKey(openid: string, templateId: string): string {
  return `${openid}\n${templateId}`;
}

function assertKnownKeywords(templates: SubscribeTemplates): void {
  for (const [id, keywords] of Object.entries(templates)) {
    const bad = keywords.find((k) => !keywordType(k));
    if (bad) throw new Error(`订阅消息模板 ${id} 的字段 ${bad} 不是已知类型（thing、time、phrase…）`);
  }
}
