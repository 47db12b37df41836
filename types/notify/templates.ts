/**
 * Subscribe-message templates the app uses. Each deployment configures the real template ids (from the
 * mini-program's console) in the functions' environment; the local cloud uses the local ids.
 * `fields` are the template's keyword names in order, as the console lists them.
 */
export const TEMPLATES = {
  notice: {
    title: '政策通知提醒',
    envVar: 'VETGRID_TMPL_NOTICE',
    localId: 'local-tmpl-notice',
    fields: ['thing1', 'thing2', 'time3'],
  },
  mention: {
    title: '网格群消息提醒',
    envVar: 'VETGRID_TMPL_MENTION',
    localId: 'local-tmpl-mention',
    fields: ['thing1', 'thing2', 'time3'],
  },
  requestProgress: {
    title: '诉求办理进度提醒',
    envVar: 'VETGRID_TMPL_REQUEST',
    localId: 'local-tmpl-request',
    fields: ['character_string1', 'phrase2', 'thing3', 'time4'],
  },
  reportProgress: {
    title: '监督反映处理提醒',
    envVar: 'VETGRID_TMPL_REPORT',
    localId: 'local-tmpl-report',
    fields: ['character_string1', 'phrase2', 'thing3', 'time4'],
  },
} as const;

export type TemplateKey = keyof typeof TEMPLATES;
export const TEMPLATE_KEYS = Object.keys(TEMPLATES) as TemplateKey[];
