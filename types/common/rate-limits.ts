import { SHANGHAI_OFFSET_MS } from './shanghai-time';

/**
 * THE table of per-caller limits on writes a person can repeat (issue 13 item 5). The kernel's router
 * enforces it before an action runs (`cloudfunctions/_kernel/rate-limit.ts`); no action checks its own.
 *
 * Each budget counts the calls of its actions by one caller (OPENID) in a fixed window: minutes aligned to
 * the Shanghai day (a one-day window rolls over at midnight Shanghai time, a one-hour window on the hour).
 * Every call that passes input validation counts, refused or not: a wrong check-in code costs a try, so
 * codes cannot be guessed by bursts. A call over the budget is refused with RATE_LIMITED before the action
 * reads or writes anything, and the message says when to try again.
 *
 * Figures: sized for a person at their most active (a grid member posting through a meeting, a supervisor
 * filing from an exam site with photos) and far below what one burst could do to staff: 15 requests in 2 s
 * used to start 15 deadline clocks.
 */
export interface RateLimit {
  /** Calls allowed in a window. */
  limit: number;
  /** The window, in minutes: 1, 10, 60 or 1440 (a day); it must divide a day. */
  windowMinutes: number;
  /** What is counted, as the refusal message says it (`{n}` is the limit): 「每天最多提交{n}条诉求」. */
  counted: string;
  /** The `fn.action`s that share this budget. */
  actions: readonly string[];
}

export const RATE_LIMITS = {
  requestSubmit: {
    limit: 10,
    windowMinutes: 1440,
    counted: '提交{n}条诉求',
    actions: ['requests.submitRequest'],
  },
  requestFollowUp: {
    limit: 20,
    windowMinutes: 60,
    counted: '补充、评价或重新打开诉求{n}次',
    actions: ['requests.addInformation', 'requests.rateRequest', 'requests.reopenRequest'],
  },
  groupMessage: { limit: 20, windowMinutes: 1, counted: '发送{n}条消息', actions: ['groups.postMessage'] },
  supervisionReport: {
    limit: 20,
    windowMinutes: 1440,
    counted: '提交{n}条问题反映',
    actions: ['supervision.fileReport'],
  },
  conductFeedback: {
    limit: 10,
    windowMinutes: 1440,
    counted: '提交{n}条意见建议',
    actions: ['supervision.fileFeedback'],
  },
  registration: { limit: 5, windowMinutes: 60, counted: '提交注册{n}次', actions: ['account.register'] },
  activitySignup: {
    limit: 20,
    windowMinutes: 60,
    counted: '报名或取消报名{n}次',
    actions: ['activities.signUp', 'activities.cancelSignup'],
  },
  /**
   * Codes a person types: each try counts, so a code cannot be found by trying many. A scanned check-in
   * (`activities.checkInByScan`) is not here: its token is 128 bits, and a check-in cannot be repeated.
   */
  typedCode: {
    limit: 10,
    windowMinutes: 10,
    counted: '输入签到码、邀请码或绑定码{n}次',
    actions: ['activities.checkIn', 'account.acceptInvitation', 'profile.acceptProxy', 'supervision.bindSupervisor'],
  },
  correction: {
    limit: 10,
    windowMinutes: 1440,
    counted: '提交档案更正申请{n}次',
    actions: ['profile.requestCorrection'],
  },
  /** A grid member may apply for several veterans of their grid after one storm; nobody needs more. */
  assistApplication: {
    limit: 20,
    windowMinutes: 1440,
    counted: '提交救助申请{n}次',
    actions: ['assist.apply'],
  },
  /** A notice reaches every veteran of its scope (and may notify them): staff publish or rewrite a few a day. */
  noticePublish: {
    limit: 30,
    windowMinutes: 1440,
    counted: '发布或修改{n}条通知',
    actions: ['notices.publishNotice', 'notices.editNotice'],
  },
  /** The app records the answers after each subscribe prompt; more than this is a loop, not a person. */
  subscription: {
    limit: 30,
    windowMinutes: 60,
    counted: '记录订阅消息授权{n}次',
    actions: ['notify.recordSubscription'],
  },
  /** Supervisors' meetings and 组织生活: a meeting's attendance and its suggestions, several meetings a day at most. */
  meetingRecord: {
    limit: 60,
    windowMinutes: 1440,
    counted: '登记会议、到会情况或意见建议{n}次',
    actions: [
      'supervision.inviteSupervisors',
      'supervision.recordSupervisorAttendance',
      'supervision.recordMeetingSuggestion',
      'party.scheduleMeeting',
      'party.recordMeeting',
    ],
  },
  /** Joining and leaving volunteer teams, and setting them up: a person does it a few times a year. */
  volunteerTeam: {
    limit: 20,
    windowMinutes: 1440,
    counted: '申请加入、退出或组建志愿服务队{n}次',
    actions: [
      'activities.requestToJoinTeam',
      'activities.leaveTeam',
      'activities.createTeam',
      'activities.setTeamLeader',
    ],
  },
  /** Each correction changes a volunteer's hours and their certificates: a handful a day. */
  hoursCorrection: {
    limit: 30,
    windowMinutes: 1440,
    counted: '更正服务时长{n}次',
    actions: ['activities.correctHours'],
  },
  /** Training and awards on volunteers' records: staff enter a session's or a ceremony's list, a few dozen a day. */
  volunteerHonour: {
    limit: 100,
    windowMinutes: 1440,
    counted: '登记培训或表彰{n}次',
    actions: ['activities.recordVolunteerHonour'],
  },
  /**
   * Staff steps on requests: a grid member or station handling a heavy day takes a few dozen steps; 300 a day
   * is beyond any person and stops a script from flooding veterans with answers and notifications.
   */
  requestHandling: {
    limit: 300,
    windowMinutes: 1440,
    counted: '办理诉求{n}次',
    actions: ['requests.handleRequest'],
  },
  /** Visits logged: a grid member in a 大走访 campaign visits a few dozen households on their busiest day. */
  visitLog: { limit: 100, windowMinutes: 1440, counted: '登记走访{n}次', actions: ['care.logVisit'] },
  /**
   * Full ID numbers and phones shown: every reveal is logged and shown to the person, and a budget stops one
   * account from harvesting numbers in bulk; staff checking files reveal a few dozen on a busy day.
   */
  piiReveal: {
    limit: 100,
    windowMinutes: 1440,
    counted: '查看完整身份证号或电话{n}次',
    actions: ['ledger.revealField'],
  },
  /**
   * Naming the supervisor behind a report: the office's head looks one up when a report must be followed up
   * in person, a few a day; each is audited, and a budget stops a head's account from unmasking them all.
   */
  reporterReveal: {
    limit: 10,
    windowMinutes: 1440,
    counted: '查看反映人{n}次',
    actions: ['supervision.revealReporter'],
  },
  /**
   * Mandatory-visit occasions (六必访) recorded for a veteran, from the care pages or a request: each puts a
   * visit task on a grid team's list; after a storm a grid member records a few dozen, not more.
   */
  visitOccasion: {
    limit: 50,
    windowMinutes: 1440,
    counted: '登记六必访事由{n}次',
    actions: ['care.recordOccasion', 'requests.markVisitOccasion'],
  },
  upload: {
    limit: 60,
    windowMinutes: 60,
    counted: '上传{n}个文件',
    actions: [
      'requests.uploadRequestPhoto',
      'care.uploadVisitPhoto',
      'assist.uploadEvidence',
      'groups.uploadGroupImage',
      'notices.uploadNoticeImage',
      'profile.uploadCorrectionPhoto',
      'ledger.uploadImportSheet',
      'supervision.stagePhoto',
      'party.uploadMeetingPhoto',
      'activities.uploadActivityPhoto',
    ],
  },
} as const satisfies Record<string, RateLimit>;

export type RateBudget = keyof typeof RATE_LIMITS;

const BUDGET_OF_ACTION: ReadonlyMap<string, RateBudget> = new Map(
  (Object.entries(RATE_LIMITS) as [RateBudget, RateLimit][]).flatMap(([budget, rule]) =>
    rule.actions.map((a) => [a, budget] as const),
  ),
);

/** The budget that counts calls of `fn.action`, if any. */
export function rateBudgetOf(fn: string, action: string): RateBudget | undefined {
  return BUDGET_OF_ACTION.get(`${fn}.${action}`);
}

/** The window holding `at`: windows are aligned to the Shanghai day (UTC+8, no daylight saving). */
export function rateWindowOf(rule: RateLimit, at: Date): { start: Date; end: Date } {
  const ms = rule.windowMinutes * 60_000;
  const start = Math.floor((at.getTime() + SHANGHAI_OFFSET_MS) / ms) * ms - SHANGHAI_OFFSET_MS;
  return { start: new Date(start), end: new Date(start + ms) };
}

const WINDOW_WORDS: Record<number, string> = { 1: '每分钟', 60: '每小时', 1440: '每天' };

/** 「操作太频繁：每分钟最多发送20条消息，请40秒后再试」: the refusal a user reads. */
export function rateLimitedMessage(rule: RateLimit, retryInMs: number): string {
  const per = WINDOW_WORDS[rule.windowMinutes] ?? `每${rule.windowMinutes}分钟`;
  const seconds = Math.max(1, Math.ceil(retryInMs / 1000));
  const when =
    seconds < 60
      ? `${seconds}秒后`
      : seconds < 3600
        ? `${Math.ceil(seconds / 60)}分钟后`
        : rule.windowMinutes === 1440
          ? '明天'
          : `${Math.ceil(seconds / 3600)}小时后`;
  return `操作太频繁：${per}最多${rule.counted.replace('{n}', String(rule.limit))}，请${when}再试`;
}
