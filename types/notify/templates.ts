import DEPLOYED_TEMPLATE_IDS from '../../config/subscribe-templates.json';

/**
 * Subscribe-message templates the app uses. Their ids are configured in ONE place,
 * `config/subscribe-templates.json` (the ids the mini-program's console gives, one per key); the app and
 * every function that sends are built with it, so the 开启提醒 card, the prompts on 提交 and the senders
 * always name the same template. An empty id means "not configured": nothing asks for it and nothing is
 * sent. On the local cloud an empty id falls back to the local id, which the local cloud's WeChat knows.
 * `fields` are the template's keyword names in order, as the console lists them; `kind` is the
 * subscription type chosen in the console (see docs/ARCHITECTURE.md, "Subscribe messages").
 */
export const TEMPLATES = {
  notice: {
    title: '政策通知提醒',
    localId: 'local-tmpl-notice',
    fields: ['thing1', 'thing2', 'time3'],
  },
  mention: {
    title: '网格群消息提醒',
    localId: 'local-tmpl-mention',
    fields: ['thing1', 'thing2', 'time3'],
  },
  requestProgress: {
    title: '诉求办理进度提醒',
    localId: 'local-tmpl-request',
    fields: ['character_string1', 'phrase2', 'thing3', 'time4'],
  },
  reportProgress: {
    title: '监督反映处理提醒',
    localId: 'local-tmpl-report',
    fields: ['character_string1', 'phrase2', 'thing3', 'time4'],
  },
  partyMeeting: {
    /** 会议主题 (thing1), 会议地点 (thing2), 会议时间 (time3): sent the day before a 三会一课 meeting. */
    title: '会议提醒',
    localId: 'local-tmpl-party-meeting',
    fields: ['thing1', 'thing2', 'time3'],
  },
  activityReminder: {
    /** 活动名称 (thing1), 活动地点 (thing2), 开始时间 (time3): sent before an activity the person signed up for. */
    title: '活动开始提醒',
    localId: 'local-tmpl-activity',
    fields: ['thing1', 'thing2', 'time3'],
  },
} as const;

export type TemplateKey = keyof typeof TEMPLATES;
export const TEMPLATE_KEYS = Object.keys(TEMPLATES) as TemplateKey[];

/** WeChat's subscribe prompt (wx.requestSubscribeMessage) takes at most 3 templates at once. */
export const MAX_TEMPLATES_PER_PROMPT = 3;

/** The template id to ask for and send with: the configured one, else (local cloud only) the local id. */
export function templateIdOf(key: TemplateKey, localCloud: boolean): string {
  const configured = (DEPLOYED_TEMPLATE_IDS as Partial<Record<TemplateKey, string>>)[key]?.trim() ?? '';
  return configured || (localCloud ? TEMPLATES[key].localId : '');
}
