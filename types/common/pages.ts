/**
 * Every page of the app, declared once: app.config.ts registers these (main package, subpackages, H5-only
 * pages), the app navigates with them, and functions put them in subscribe messages. Paths have no
 * leading slash, as app.config.ts and `subscribeMessage.send` take them. The H5-only pages are apart, in
 * `h5-pages.ts`, so their paths never reach the weapp bundle.
 */

/** Pages of the main package (the four tabs first; home opens the app). */
export const MAIN_PAGES = {
  home: 'features/home/pages/index',
  grid: 'features/grid/pages/index',
  notices: 'features/notices/pages/index',
  me: 'features/me/pages/index',
  registration: 'features/registration/pages/index',
  privacyGuide: 'features/privacy/pages/guide',
} as const;

/** Subpackages by root, each with its pages (relative to the root), so the main package stays small. */
export const SUBPACKAGES = {
  staff: {
    root: 'features/staff/',
    pages: { staffBind: 'pages/bind', staffRegistrations: 'pages/registrations', staffTeam: 'pages/team' },
  },
  notice: { root: 'features/notices/notice/', pages: { noticeDetail: 'pages/detail', noticePublish: 'pages/publish' } },
  requests: {
    root: 'features/requests/',
    pages: {
      requestsMine: 'pages/mine',
      requestsSubmit: 'pages/submit',
      requestsDetail: 'pages/detail',
      requestsInbox: 'pages/inbox',
      requestsFigures: 'pages/figures',
    },
  },
  supervision: {
    root: 'features/supervision/',
    pages: {
      supervisionHub: 'pages/index',
      supervisionCard: 'pages/card',
      supervisionNotices: 'pages/notices',
      supervisionPublishNotice: 'pages/publish-notice',
      supervisionProhibitions: 'pages/prohibitions',
      supervisionFileReport: 'pages/file-report',
      supervisionMyReports: 'pages/my-reports',
      problemList: 'pages/problems',
      supervisionOfficeReports: 'pages/office-reports',
      supervisionReport: 'pages/report',
      supervisionFeedbackNew: 'pages/feedback-new',
      supervisionMyFeedback: 'pages/my-feedback',
      supervisionAgencyFeedback: 'pages/agency-feedback',
      supervisionAppointments: 'pages/appointments',
      supervisionStages: 'pages/stages',
      supervisionMeetings: 'pages/meetings',
      supervisionMeeting: 'pages/meeting',
      supervisionMeetingNew: 'pages/meeting-new',
    },
  },
  profile: { root: 'features/profile/', pages: { myFile: 'pages/my-file', proxy: 'pages/proxy' } },
  ledger: {
    root: 'features/ledger/',
    pages: {
      gridLedger: 'pages/roster',
      ledgerFile: 'pages/file',
      staffLedger: 'pages/staff',
      ledgerDuplicates: 'pages/duplicates',
      ledgerRules: 'pages/rules',
    },
  },
  care: {
    root: 'features/care/',
    pages: {
      care: 'pages/index',
      careLogVisit: 'pages/log-visit',
      careCoverage: 'pages/coverage',
      careCampaigns: 'pages/campaigns',
      careCampaign: 'pages/campaign',
      careSettings: 'pages/settings',
    },
  },
  dashboard: { root: 'features/dashboard/', pages: { dashboard: 'pages/index' } },
  assist: {
    root: 'features/assist/',
    pages: {
      assistMine: 'pages/mine',
      assistQueue: 'pages/queue',
      assistApplyFor: 'pages/apply-for',
      assistSettings: 'pages/settings',
    },
  },
  activities: {
    root: 'features/activities/',
    pages: {
      activities: 'pages/index',
      activityCreate: 'pages/create',
      activityDetail: 'pages/detail',
      activityOrganise: 'pages/organise',
      myVolunteering: 'pages/my-record',
      volunteerCertificate: 'pages/certificate',
      certificateVerify: 'pages/verify',
      volunteerHonour: 'pages/honour',
      volunteerRoster: 'pages/volunteers',
      volunteerTeams: 'pages/teams',
    },
  },
  party: {
    root: 'features/party/',
    pages: {
      partyLife: 'pages/index',
      partyBranches: 'pages/branches',
      partyBranch: 'pages/branch',
      partySchedule: 'pages/schedule',
      partyMeeting: 'pages/meeting',
    },
  },
} as const;

type Sub = typeof SUBPACKAGES;
type SubPageName = { [K in keyof Sub]: keyof Sub[K]['pages'] }[keyof Sub];
export type PageName = keyof typeof MAIN_PAGES | SubPageName;

/** Every page's full path by name. */
export const PAGE_PATHS = {
  ...MAIN_PAGES,
  ...Object.fromEntries(
    Object.values(SUBPACKAGES).flatMap((s) =>
      Object.entries(s.pages).map(([name, page]) => [name, `${s.root}${page}`]),
    ),
  ),
} as Record<PageName, string>;

/** A page with its query (values encoded), no leading slash: what a subscribe message opens. */
export function pageWithQuery(name: PageName, query: Record<string, string> = {}): string {
  const qs = Object.entries(query)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
  return `${PAGE_PATHS[name]}${qs ? `?${qs}` : ''}`;
}
